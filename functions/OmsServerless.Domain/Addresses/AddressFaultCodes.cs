namespace OmsServerless.Domain.Addresses;

/// <summary>Stable codes for <see cref="AddressFault"/>; clients switch on these, never on messages.</summary>
public static class AddressFaultCodes
{
    public const string Required = "address.required";
    public const string TooLong = "address.too-long";
    public const string InvalidCountry = "address.invalid-country";
    public const string InvalidRegion = "address.invalid-region";
    public const string InvalidPostalCodeFormat = "address.invalid-postal-code-format";
    public const string UnknownPostalCode = "address.unknown-postal-code";
    public const string PostalCodeRegionMismatch = "address.postal-code-region-mismatch";
}
