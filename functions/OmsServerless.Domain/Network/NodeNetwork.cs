namespace OmsServerless.Domain.Network;

/// <summary>A snapshot of the fulfillment network: every node, ordered by id, and an index by id.</summary>
public sealed class NodeNetwork
{
    public NodeNetwork(IEnumerable<FulfillmentNode> nodes)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        Nodes = nodes.OrderBy(n => n.NodeId, StringComparer.Ordinal).ToArray();
        ById = Nodes.ToDictionary(n => n.NodeId, StringComparer.Ordinal);
    }

    public IReadOnlyList<FulfillmentNode> Nodes { get; }

    public IReadOnlyDictionary<string, FulfillmentNode> ById { get; }
}
