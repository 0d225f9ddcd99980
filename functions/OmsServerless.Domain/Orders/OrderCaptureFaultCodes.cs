namespace OmsServerless.Domain.Orders;

/// <summary>Stable codes for <see cref="OrderCaptureFault"/>.</summary>
public static class OrderCaptureFaultCodes
{
    public const string Required = "required";
    public const string NotAllowed = "not-allowed";
    public const string OutOfRange = "out-of-range";
    public const string InvalidFormat = "invalid-format";
    public const string TooLong = "too-long";
    public const string Duplicate = "duplicate";
}
