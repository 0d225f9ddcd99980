using OmsServerless.Domain.Geography;

namespace OmsServerless.Domain.Addresses;

/// <summary>
/// United States: USPS state codes, ZIP or ZIP+4, and a ZIP that must exist in the postal code directory and lie in
/// the given state. Street lines take USPS Publication 28 form.
/// </summary>
internal sealed class UsAddressRules(IPostalCodeDirectory directory) : CountryAddressRules
{
    public const string CountryCode = "US";

    public override AddressValidationLevel Level => AddressValidationLevel.PostalCodeVerified;

    public override string NormalizeStreetLine(string line) => UspsStreetLine.NormalizePrimary(line);

    public override string NormalizeSecondaryLine(string line) => UspsStreetLine.NormalizeSecondary(line);

    public override string NormalizeCity(string city) => AddressText.ToPostalUpperCase(city);

    public override string? NormalizeRegion(AddressReview review, string? region)
    {
        string cleaned = AddressText.Collapse(region);
        if (!review.Required("region", cleaned, "State"))
        {
            return null;
        }

        if (!UsStates.TryNormalize(cleaned, out string code))
        {
            review.Fault("region", AddressFaultCodes.InvalidRegion, $"'{cleaned}' is not a USPS state or territory code.");
            return null;
        }

        return review.Corrected("region", region, code);
    }

    public override string? NormalizePostalCode(AddressReview review, string? postalCode)
    {
        string cleaned = AddressText.Collapse(postalCode);
        if (!review.Required("postalCode", cleaned, "ZIP code"))
        {
            return null;
        }

        string digits = cleaned.Replace("-", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        bool allDigits = digits.All(char.IsAsciiDigit);
        string? formatted = (allDigits, digits.Length) switch
        {
            (true, 5) => digits,
            (true, 9) => $"{digits[..5]}-{digits[5..]}",
            _ => null,
        };
        if (formatted is null)
        {
            review.Fault(
                "postalCode",
                AddressFaultCodes.InvalidPostalCodeFormat,
                $"'{cleaned}' is not a ZIP code: use 5 digits or ZIP+4 (12345-6789).");
            return null;
        }

        return review.Corrected("postalCode", postalCode, formatted);
    }

    public override GeoPoint? Locate(AddressReview review, string? region, string? postalCode)
    {
        if (postalCode is null)
        {
            return null;
        }

        string zip5 = postalCode[..5];
        if (!directory.TryLocate(CountryCode, zip5, out PostalCodeLocation location))
        {
            review.Fault("postalCode", AddressFaultCodes.UnknownPostalCode, $"ZIP code {zip5} does not exist.");
            return null;
        }

        if (region is not null && !string.Equals(location.Region, region, StringComparison.Ordinal))
        {
            review.Fault(
                "postalCode",
                AddressFaultCodes.PostalCodeRegionMismatch,
                $"ZIP code {zip5} is in {location.Region} ({location.City}), not {region}.");
            return null;
        }

        return location.Point;
    }
}
