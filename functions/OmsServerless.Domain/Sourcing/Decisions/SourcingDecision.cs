using OmsServerless.Domain.RuleSets;
namespace OmsServerless.Domain.Sourcing.Decisions;

/// <summary>
/// Where every unit of an order comes from, how it travels, what it costs and why. Plain data with no cycles: it
/// round-trips through System.Text.Json and is meant to be stored with the order.
/// </summary>
/// <param name="DecidedAt">The request's "now", not the wall clock.</param>
/// <param name="Allocations">Ordered by request line, then shipment.</param>
/// <param name="Unfillable">Units not allocated from stock nor backordered, per line with the reason.</param>
public sealed record SourcingDecision(
    string OrderId,
    SourcingOutcome Outcome,
    SearchMode SearchMode,
    RuleSetReference RuleSet,
    DateTimeOffset DecidedAt,
    IReadOnlyList<Allocation> Allocations,
    IReadOnlyList<PlannedShipment> Shipments,
    IReadOnlyList<UnfillableQuantity> Unfillable,
    DecisionTotals Totals,
    DecisionExplanation Explanation);
