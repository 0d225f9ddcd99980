namespace OmsServerless.Domain.Sourcing.Search;

/// <summary>The comparison key that separated two plans.</summary>
internal enum ComparisonKey
{
    Units,
    DeliveryDate,
    TotalCost,
    Shipments,
    WeightedScore,
    Criterion,
    NodeOrder,
    None,
}
