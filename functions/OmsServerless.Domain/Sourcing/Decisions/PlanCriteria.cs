namespace OmsServerless.Domain.Sourcing.Decisions;

/// <summary>The ranking criteria of a plan, in the units described on <see cref="Rules.RankingCriterion"/>.</summary>
public sealed record PlanCriteria(
    decimal ShippingCost,
    decimal LaborCost,
    double DistanceKm,
    double CapacityUtilization,
    double StockDepth,
    double Priority);
