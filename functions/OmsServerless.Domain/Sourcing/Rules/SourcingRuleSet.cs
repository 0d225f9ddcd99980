namespace OmsServerless.Domain.Sourcing.Rules;

/// <summary>
/// A versioned, data-only description of how to source orders. Every decision records the <see cref="Id"/> and
/// <see cref="Version"/> it was made with; publish a change as a new version rather than editing one in place.
/// Read it from JSON with <see cref="RuleSetJson"/>, which reports every fault with its JSON path.
/// </summary>
public sealed record SourcingRuleSet(
    string Id,
    int Version,
    string? Description,
    EligibilityRules Eligibility,
    RankingRules Ranking,
    SplitRules Split,
    FallbackRules Fallback,
    SearchSettings Search,
    CostSettings Costs,
    ExplanationSettings Explanation);
