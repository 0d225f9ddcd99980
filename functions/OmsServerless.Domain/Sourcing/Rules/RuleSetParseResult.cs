namespace OmsServerless.Domain.Sourcing.Rules;

/// <summary>A rule set read from JSON, or every fault that kept it from being usable.</summary>
public sealed record RuleSetParseResult(SourcingRuleSet? RuleSet, IReadOnlyList<RuleSetFault> Faults)
{
    public bool IsValid => RuleSet is not null;
}
