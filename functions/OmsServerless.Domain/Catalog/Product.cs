namespace OmsServerless.Domain.Catalog;

/// <summary>A sellable SKU and the attributes routing and shipping care about.</summary>
public sealed record Product(
    string Sku,
    string Name,
    string Category,
    decimal UnitPrice,
    double WeightKg,
    bool Oversize,
    bool Hazmat);
