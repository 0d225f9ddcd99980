using System.Text.RegularExpressions;
using OmsServerless.Domain.Geography;

namespace OmsServerless.Domain.Addresses;

/// <summary>
/// Canada: province codes, postal codes in <c>A1A 1A1</c> form whose first letter (the postal district) belongs to
/// the province, and a directory look-up when the directory covers Canada.
/// </summary>
internal sealed partial class CanadaAddressRules(IPostalCodeDirectory directory) : CountryAddressRules
{
    public const string CountryCode = "CA";

    private bool DirectoryCoversCanada => directory.Countries.Contains(CountryCode);

    public override AddressValidationLevel Level =>
        DirectoryCoversCanada ? AddressValidationLevel.PostalCodeVerified : AddressValidationLevel.StructuralOnly;

    public override string NormalizeStreetLine(string line) => AddressText.ToPostalUpperCase(line);

    public override string NormalizeSecondaryLine(string line) => AddressText.ToPostalUpperCase(line);

    public override string NormalizeCity(string city) => AddressText.ToPostalUpperCase(city);

    public override string? NormalizeRegion(AddressReview review, string? region)
    {
        string cleaned = AddressText.Collapse(region);
        if (!review.Required("region", cleaned, "Province"))
        {
            return null;
        }

        if (!CanadianProvinces.TryNormalize(cleaned, out string code))
        {
            review.Fault("region", AddressFaultCodes.InvalidRegion, $"'{cleaned}' is not a Canadian province or territory code.");
            return null;
        }

        return review.Corrected("region", region, code);
    }

    public override string? NormalizePostalCode(AddressReview review, string? postalCode)
    {
        string cleaned = AddressText.Collapse(postalCode);
        if (!review.Required("postalCode", cleaned, "Postal code"))
        {
            return null;
        }

        string compact = cleaned.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        if (!PostalCodePattern().IsMatch(compact))
        {
            review.Fault(
                "postalCode",
                AddressFaultCodes.InvalidPostalCodeFormat,
                $"'{cleaned}' is not a Canadian postal code: use the form A1A 1A1.");
            return null;
        }

        return review.Corrected("postalCode", postalCode, $"{compact[..3]} {compact[3..]}");
    }

    public override GeoPoint? Locate(AddressReview review, string? region, string? postalCode)
    {
        if (postalCode is null)
        {
            return null;
        }

        if (region is not null && !CanadianProvinces.UsesPostalDistrict(region, postalCode[0]))
        {
            review.Fault(
                "postalCode",
                AddressFaultCodes.PostalCodeRegionMismatch,
                $"Postal codes starting with {postalCode[0]} are not used in {region}.");
            return null;
        }

        if (!DirectoryCoversCanada)
        {
            return null;
        }

        if (!directory.TryLocate(CountryCode, postalCode, out PostalCodeLocation location))
        {
            review.Fault("postalCode", AddressFaultCodes.UnknownPostalCode, $"Postal code {postalCode} does not exist.");
            return null;
        }

        if (region is not null && !string.Equals(location.Region, region, StringComparison.Ordinal))
        {
            review.Fault(
                "postalCode",
                AddressFaultCodes.PostalCodeRegionMismatch,
                $"Postal code {postalCode} is in {location.Region} ({location.City}), not {region}.");
            return null;
        }

        return location.Point;
    }

    // Canada Post never uses D, F, I, O, Q or U, and W and Z never start a code.
    [GeneratedRegex("^[ABCEGHJ-NPRSTVXY][0-9][ABCEGHJ-NPRSTV-Z][0-9][ABCEGHJ-NPRSTV-Z][0-9]$", RegexOptions.CultureInvariant)]
    private static partial Regex PostalCodePattern();
}
