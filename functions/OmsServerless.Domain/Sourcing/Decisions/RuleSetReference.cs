namespace OmsServerless.Domain.Sourcing.Decisions;

/// <summary>The rule set a decision was made with.</summary>
public sealed record RuleSetReference(string Id, int Version);
