namespace OmsServerless.Domain.Fraud;

/// <summary>Either a usable rule set, or every error found in the document.</summary>
public sealed record FraudRuleSetParseResult(FraudRuleSet? RuleSet, IReadOnlyList<FraudRuleSetError> Errors)
{
    public bool IsValid => RuleSet is not null;
}
