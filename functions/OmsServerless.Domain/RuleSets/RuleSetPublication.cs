namespace OmsServerless.Domain.RuleSets;

/// <summary>The rule set now in force, or every reason the document was refused (and nothing changed).</summary>
public sealed record RuleSetPublication(PublishedRuleSet? Published, IReadOnlyList<RuleSetViolation> Violations);
