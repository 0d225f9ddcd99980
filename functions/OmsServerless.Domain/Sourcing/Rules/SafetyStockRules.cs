namespace OmsServerless.Domain.Sourcing.Rules;

/// <summary>Minimum units left at a node after allocation: a default, overridden per node type.</summary>
public sealed record SafetyStockRules(int DefaultUnits, IReadOnlyList<NodeTypeSafetyStock> ByNodeType);
