using OmsServerless.Domain.Network;

namespace OmsServerless.Domain.Sourcing.Rules;

/// <summary>SKUs with any of <see cref="Attributes"/> are never shipped from nodes of <see cref="NodeType"/>.</summary>
public sealed record AttributeExclusion(NodeType NodeType, IReadOnlyList<SkuAttribute> Attributes);
