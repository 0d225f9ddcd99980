using OmsServerless.Domain.Geography;

namespace OmsServerless.Domain.Addresses;

/// <summary>Collects every fault and correction while one address goes through its country's rules.</summary>
internal sealed class AddressReview
{
    private readonly List<AddressFault> faults = [];
    private readonly List<AddressCorrection> corrections = [];

    public bool HasFaults => faults.Count > 0;

    public void Fault(string field, string code, string message) => faults.Add(new AddressFault(field, code, message));

    /// <summary>Records a correction when normalising changed the value, and returns the normalised value.</summary>
    public string Corrected(string field, string? original, string normalized)
    {
        if (!string.Equals(original ?? string.Empty, normalized, StringComparison.Ordinal))
        {
            corrections.Add(new AddressCorrection(field, original ?? string.Empty, normalized));
        }

        return normalized;
    }

    public bool Required(string field, string value, string label)
    {
        if (value.Length > 0)
        {
            return true;
        }

        Fault(field, AddressFaultCodes.Required, $"{label} is required.");
        return false;
    }

    public void WithinLength(string field, string value, int maximum, string label)
    {
        if (value.Length > maximum)
        {
            Fault(field, AddressFaultCodes.TooLong, $"{label} must be at most {maximum} characters (it has {value.Length}).");
        }
    }

    public AddressValidationResult Finish(PostalAddress normalized, GeoPoint? location, AddressValidationLevel level) =>
        HasFaults
            ? AddressValidationResult.Invalid([.. faults], level)
            : AddressValidationResult.Valid(normalized, location, level, [.. corrections]);
}
