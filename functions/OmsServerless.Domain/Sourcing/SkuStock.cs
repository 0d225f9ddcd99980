namespace OmsServerless.Domain.Sourcing;

/// <summary>
/// Stock of one SKU across the network as parallel arrays sorted by node index: scanning the nodes that hold a SKU
/// is a tight loop, and nodes without stock are never visited.
/// </summary>
internal sealed class SkuStock(int[] nodes, int[] available, int[] inbound)
{
    public int[] Nodes { get; } = nodes;

    public int[] Available { get; } = available;

    public int[] Inbound { get; } = inbound;

    public int Find(int node) => Array.BinarySearch(Nodes, node);

    public SkuStock Clone() => new([.. Nodes], [.. Available], [.. Inbound]);
}
