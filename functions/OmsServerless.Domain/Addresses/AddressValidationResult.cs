using OmsServerless.Domain.Geography;

namespace OmsServerless.Domain.Addresses;

/// <summary>
/// The verdict on one address: either a normalised address (with its location when the postal code geocoded and the
/// corrections made to get there), or every fault found.
/// </summary>
public sealed record AddressValidationResult
{
    public required bool IsValid { get; init; }

    /// <summary>The normalised address; null when invalid.</summary>
    public PostalAddress? Address { get; init; }

    /// <summary>Centroid of the postal code, when the directory knows it.</summary>
    public GeoPoint? Location { get; init; }

    public AddressValidationLevel Level { get; init; }

    public IReadOnlyList<AddressCorrection> Corrections { get; init; } = [];

    public IReadOnlyList<AddressFault> Faults { get; init; } = [];

    public static AddressValidationResult Valid(
        PostalAddress address,
        GeoPoint? location,
        AddressValidationLevel level,
        IReadOnlyList<AddressCorrection> corrections) =>
        new() { IsValid = true, Address = address, Location = location, Level = level, Corrections = corrections };

    public static AddressValidationResult Invalid(IReadOnlyList<AddressFault> faults, AddressValidationLevel level)
    {
        if (faults.Count == 0)
        {
            throw new ArgumentException("An invalid result needs at least one fault.", nameof(faults));
        }

        return new() { IsValid = false, Level = level, Faults = faults };
    }
}
