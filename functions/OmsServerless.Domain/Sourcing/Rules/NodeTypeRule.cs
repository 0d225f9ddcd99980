using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Network;

namespace OmsServerless.Domain.Sourcing.Rules;

/// <summary>Which node types may serve <see cref="Method"/>; for <see cref="Channel"/> only, or for every channel when null.</summary>
public sealed record NodeTypeRule(SalesChannel? Channel, DeliveryMethod Method, IReadOnlyList<NodeType> NodeTypes);
