namespace OmsServerless.Domain.Availability;

/// <summary>A SKU and quantity a shopper wants.</summary>
public sealed record CartLine(string Sku, int Quantity);
