namespace OmsServerless.Domain.Orders;

/// <summary>
/// The rule set version that made a decision about the order (fraud screening, sourcing). The order only records it;
/// the version is opaque text so any versioning scheme fits.
/// </summary>
public sealed record RuleSetReference(string Id, string Version);
