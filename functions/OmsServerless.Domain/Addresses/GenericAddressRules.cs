using OmsServerless.Domain.Geography;

namespace OmsServerless.Domain.Addresses;

/// <summary>
/// Countries without specific rules: required fields and length limits only, reported as
/// <see cref="AddressValidationLevel.StructuralOnly"/>. When the directory happens to cover the country, a given
/// postal code must exist there and yields a location, but its region is not checked.
/// </summary>
internal sealed class GenericAddressRules(IPostalCodeDirectory directory, string country) : CountryAddressRules
{
    public override AddressValidationLevel Level => AddressValidationLevel.StructuralOnly;

    public override string? NormalizeRegion(AddressReview review, string? region)
    {
        string cleaned = review.Corrected("region", region ?? string.Empty, AddressText.Collapse(region));
        review.WithinLength("region", cleaned, AddressLimits.Region, "Region");
        return AddressText.NullIfEmpty(cleaned);
    }

    public override string? NormalizePostalCode(AddressReview review, string? postalCode)
    {
        string cleaned = review.Corrected("postalCode", postalCode ?? string.Empty, AddressText.Collapse(postalCode).ToUpperInvariant());
        review.WithinLength("postalCode", cleaned, AddressLimits.PostalCode, "Postal code");
        return AddressText.NullIfEmpty(cleaned);
    }

    public override GeoPoint? Locate(AddressReview review, string? region, string? postalCode)
    {
        if (postalCode is null || !directory.Countries.Contains(country))
        {
            return null;
        }

        if (!directory.TryLocate(country, postalCode, out PostalCodeLocation location))
        {
            review.Fault("postalCode", AddressFaultCodes.UnknownPostalCode, $"Postal code {postalCode} does not exist in {country}.");
            return null;
        }

        return location.Point;
    }
}
