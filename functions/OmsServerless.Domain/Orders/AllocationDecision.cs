using OmsServerless.Domain.RuleSets;
namespace OmsServerless.Domain.Orders;

/// <summary>One sourcing run as the order remembers it, so every allocation can be traced to its explanation and rule set.</summary>
public sealed record AllocationDecision(
    string RoutingExplanationRef,
    RuleSetReference SourcingRuleSet,
    DateTimeOffset DecidedAt,
    IReadOnlyList<string> AllocatedLineIds,
    IReadOnlyList<string> BackorderedLineIds,
    IReadOnlyList<string> UnfillableLineIds);
