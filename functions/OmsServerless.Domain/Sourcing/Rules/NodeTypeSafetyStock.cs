using OmsServerless.Domain.Network;

namespace OmsServerless.Domain.Sourcing.Rules;

/// <summary>Safety stock for every node of one type (stores usually keep a unit or two for walk-in customers).</summary>
public sealed record NodeTypeSafetyStock(NodeType NodeType, int Units);
