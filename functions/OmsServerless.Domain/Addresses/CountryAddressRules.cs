using OmsServerless.Domain.Geography;

namespace OmsServerless.Domain.Addresses;

/// <summary>The parts of address validation that differ by country; <see cref="AddressValidator"/> runs them in order.</summary>
internal abstract class CountryAddressRules
{
    /// <summary>What a valid result under these rules proves.</summary>
    public abstract AddressValidationLevel Level { get; }

    public virtual string NormalizeStreetLine(string line) => AddressText.Collapse(line);

    public virtual string NormalizeSecondaryLine(string line) => AddressText.Collapse(line);

    public virtual string NormalizeCity(string city) => AddressText.Collapse(city);

    /// <summary>Returns the normalised region, or null when it is absent or unusable (faults recorded).</summary>
    public abstract string? NormalizeRegion(AddressReview review, string? region);

    /// <summary>Returns the normalised postal code, or null when it is absent or malformed (faults recorded).</summary>
    public abstract string? NormalizePostalCode(AddressReview review, string? postalCode);

    /// <summary>
    /// Geocodes the postal code and checks it against the region. Receives only values that passed their own checks,
    /// so it reports each problem once.
    /// </summary>
    public abstract GeoPoint? Locate(AddressReview review, string? region, string? postalCode);
}
