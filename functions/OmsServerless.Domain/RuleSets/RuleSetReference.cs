namespace OmsServerless.Domain.RuleSets;

/// <summary>
/// The version of a rule set (fraud, sourcing) that made a decision. Rule sets are data and change over time; every
/// decision records which version made it, so it can be explained and replayed later.
/// </summary>
public sealed record RuleSetReference(string Id, int Version);
