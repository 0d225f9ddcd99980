namespace OmsServerless.Domain.Addresses;

/// <summary>
/// Field length limits, set where carriers' label APIs and our storage stop accepting text, so an address that passes
/// here can always be printed and stored.
/// </summary>
public static class AddressLimits
{
    public const int Recipient = 100;
    public const int Line = 100;
    public const int City = 60;
    public const int Region = 60;
    public const int PostalCode = 12;
}
