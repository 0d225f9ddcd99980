namespace OmsServerless.Domain.RuleSets;

/// <summary>The rule sets an operator can publish.</summary>
public enum RuleSetKind
{
    Sourcing,
    Fraud,
}
