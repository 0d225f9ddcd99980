namespace OmsServerless.Domain.Sourcing;

/// <summary>Units a node can still pick and pack today. Nodes without an entry have their full daily capacity.</summary>
public sealed record NodeCapacity(string NodeId, int RemainingUnits);
