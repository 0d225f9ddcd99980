namespace OmsServerless.Domain.Sourcing.Decisions;

/// <summary>The chosen plan against the best other plan the search evaluated.</summary>
/// <param name="DecidedBy">The first comparison key that differed: "units", "deliveryDate", "totalCost", "shipments", "weightedScore", a tie-breaker criterion, "nodeOrder", or "onlyPlan".</param>
public sealed record PlanComparison(PlanSummary Chosen, PlanSummary? RunnerUp, string DecidedBy, string Reason);
