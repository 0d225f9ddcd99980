namespace OmsServerless.Domain.Sourcing.Decisions;

/// <summary>A plan for one destination: which nodes, how much it allocates, when it arrives and what it costs.</summary>
/// <param name="Score">Weighted score in weighted mode; null in tie-breaker mode.</param>
public sealed record PlanSummary(
    IReadOnlyList<string> NodeIds,
    int Units,
    int Shipments,
    DateOnly? LatestDelivery,
    decimal TotalCost,
    PlanCriteria Criteria,
    double? Score);
