using OmsServerless.Domain.RuleSets;
namespace OmsServerless.Domain.Orders;

/// <summary>
/// The outcome of one sourcing run for the lines waiting to be sourced: each such line is either fully allocated
/// (its allocations add up to its quantity), backordered, or unfillable.
/// </summary>
/// <param name="RoutingExplanationRef">Where the engine's explanation (candidates, scores, rejections) is stored.</param>
/// <param name="SourcingRuleSet">The sourcing rule set version that decided.</param>
public sealed record AllocationPlan(
    string RoutingExplanationRef,
    RuleSetReference SourcingRuleSet,
    IReadOnlyList<LineAllocation> Allocations,
    IReadOnlyList<string>? BackorderedLineIds = null,
    IReadOnlyList<string>? UnfillableLineIds = null);
