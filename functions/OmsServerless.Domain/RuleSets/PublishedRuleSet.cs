namespace OmsServerless.Domain.RuleSets;

/// <summary>A rule set in force: its identity and the JSON document as published.</summary>
public sealed record PublishedRuleSet(RuleSetKind Kind, string Id, int Version, string Json);
