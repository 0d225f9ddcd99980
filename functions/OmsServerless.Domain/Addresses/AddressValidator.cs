using OmsServerless.Domain.Geography;

namespace OmsServerless.Domain.Addresses;

/// <summary>
/// Validates and normalises postal addresses: US and Canada get their postal rules, every other country a structural
/// check. All faults are reported together, so a customer fixes the form once.
/// </summary>
public sealed class AddressValidator(IPostalCodeDirectory directory)
{
    private readonly IPostalCodeDirectory directory = directory ?? throw new ArgumentNullException(nameof(directory));

    public AddressValidationResult Validate(PostalAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var review = new AddressReview();
        string country = NormalizeCountry(review, address.Country);
        CountryAddressRules rules = country switch
        {
            UsAddressRules.CountryCode => new UsAddressRules(directory),
            CanadaAddressRules.CountryCode => new CanadaAddressRules(directory),
            _ => new GenericAddressRules(directory, country),
        };

        string recipient = review.Corrected("recipient", address.Recipient ?? string.Empty, AddressText.Collapse(address.Recipient));
        review.WithinLength("recipient", recipient, AddressLimits.Recipient, "Recipient");

        string line1 = review.Corrected("line1", address.Line1, rules.NormalizeStreetLine(AddressText.Collapse(address.Line1)));
        if (review.Required("line1", line1, "Street address"))
        {
            review.WithinLength("line1", line1, AddressLimits.Line, "Street address");
        }

        string line2 = review.Corrected("line2", address.Line2 ?? string.Empty, rules.NormalizeSecondaryLine(AddressText.Collapse(address.Line2)));
        review.WithinLength("line2", line2, AddressLimits.Line, "Address line 2");

        string city = review.Corrected("city", address.City, rules.NormalizeCity(AddressText.Collapse(address.City)));
        if (review.Required("city", city, "City"))
        {
            review.WithinLength("city", city, AddressLimits.City, "City");
        }

        string? region = rules.NormalizeRegion(review, address.Region);
        string? postalCode = rules.NormalizePostalCode(review, address.PostalCode);
        GeoPoint? location = rules.Locate(review, region, postalCode);

        var normalized = new PostalAddress(
            line1,
            AddressText.NullIfEmpty(line2),
            city,
            region,
            postalCode,
            country,
            AddressText.NullIfEmpty(recipient));
        return review.Finish(normalized, location, rules.Level);
    }

    private static string NormalizeCountry(AddressReview review, string? country)
    {
        if (IsoCountries.TryNormalize(country, out string code))
        {
            return review.Corrected("country", country, code);
        }

        string cleaned = AddressText.Collapse(country);
        if (review.Required("country", cleaned, "Country"))
        {
            review.Fault("country", AddressFaultCodes.InvalidCountry, $"'{cleaned}' is not an ISO 3166-1 alpha-2 country code.");
        }

        return cleaned;
    }
}
