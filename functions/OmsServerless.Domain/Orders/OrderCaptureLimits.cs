namespace OmsServerless.Domain.Orders;

/// <summary>
/// Size limits of a new order. They stop obvious input errors (a quantity typed into the price field) and keep an
/// order document well inside Cosmos DB's 2 MB item limit with its timeline; they are not business caps.
/// </summary>
public static class OrderCaptureLimits
{
    public const int MaxLines = 100;
    public const int MaxQuantityPerLine = 999;
    public const decimal MaxUnitPrice = 1_000_000m;
    public const int MaxIdLength = 64;
    public const int MaxLineIdLength = 36;
    public const int MaxEmailLength = 254;
    public const int MaxPaymentTokenLength = 255;
}
