using OmsServerless.Domain.Inventory;

namespace OmsServerless.Domain.Sourcing;

/// <summary>
/// Stock (available and inbound per SKU and node) and remaining pick capacity per node at the moment of a decision.
/// The engine only reads it. Levels for SKUs or nodes outside the network are ignored: nothing could route to them.
/// </summary>
public sealed class SourcingState
{
    private readonly Dictionary<int, SkuStock> _stockByProduct;
    private readonly int[] _remainingCapacity;

    private SourcingState(SourcingNetwork network, Dictionary<int, SkuStock> stockByProduct, int[] remainingCapacity)
    {
        Network = network;
        _stockByProduct = stockByProduct;
        _remainingCapacity = remainingCapacity;
    }

    public SourcingNetwork Network { get; }

    /// <exception cref="ArgumentException">A negative quantity, or the same SKU and node (or node capacity) given twice.</exception>
    public static SourcingState Create(SourcingNetwork network, IEnumerable<StockLevel> stock, IEnumerable<NodeCapacity>? remainingCapacity = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(stock);
        var entries = new Dictionary<int, List<(int Node, int Available, int Inbound)>>();
        var seen = new HashSet<(int, int)>();
        foreach (StockLevel level in stock)
        {
            if (level.Available < 0 || level.Inbound < 0)
            {
                throw new ArgumentException($"Stock of '{level.Sku}' at '{level.NodeId}' cannot be negative.", nameof(stock));
            }

            int product = network.IndexOfProduct(level.Sku);
            int node = network.IndexOfNode(level.NodeId);
            if (product < 0 || node < 0)
            {
                continue;
            }

            if (!seen.Add((product, node)))
            {
                throw new ArgumentException($"Stock of '{level.Sku}' at '{level.NodeId}' is given more than once.", nameof(stock));
            }

            if (level.Available == 0 && level.Inbound == 0)
            {
                continue;
            }

            if (!entries.TryGetValue(product, out var list))
            {
                list = [];
                entries.Add(product, list);
            }

            list.Add((node, level.Available, level.Inbound));
        }

        var stockByProduct = new Dictionary<int, SkuStock>(entries.Count);
        foreach ((int product, var list) in entries)
        {
            list.Sort((a, b) => a.Node.CompareTo(b.Node));
            stockByProduct.Add(product, new SkuStock([.. list.Select(e => e.Node)], [.. list.Select(e => e.Available)], [.. list.Select(e => e.Inbound)]));
        }

        return new SourcingState(network, stockByProduct, ReadCapacity(network, remainingCapacity));
    }

    public static SourcingState FromBalances(SourcingNetwork network, IEnumerable<InventoryBalance> balances, IEnumerable<NodeCapacity>? remainingCapacity = null)
    {
        ArgumentNullException.ThrowIfNull(balances);
        return Create(network, balances.Select(StockLevel.FromBalance), remainingCapacity);
    }

    public int AvailableToPromise(string sku, string nodeId) => Read(sku, nodeId, inbound: false);

    public int Inbound(string sku, string nodeId) => Read(sku, nodeId, inbound: true);

    public int RemainingCapacity(string nodeId)
    {
        int node = Network.IndexOfNode(nodeId);
        return node < 0 ? 0 : _remainingCapacity[node];
    }

    internal SkuStock? StockOf(int product) => _stockByProduct.GetValueOrDefault(product);

    internal int RemainingCapacityAt(int node) => _remainingCapacity[node];

    /// <summary>A private copy the what-if simulator may deplete without touching the caller's state.</summary>
    internal SourcingState CloneForSimulation() =>
        new(Network, _stockByProduct.ToDictionary(e => e.Key, e => e.Value.Clone()), [.. _remainingCapacity]);

    /// <summary>Depletes stock (or inbound, for backorders) and capacity in place; only for a simulation's private copy.</summary>
    internal void Consume(int product, int node, int quantity, bool fromInbound)
    {
        if (_stockByProduct.TryGetValue(product, out SkuStock? stock))
        {
            int at = stock.Find(node);
            if (at >= 0)
            {
                int[] pool = fromInbound ? stock.Inbound : stock.Available;
                pool[at] = Math.Max(0, pool[at] - quantity);
            }
        }

        if (!fromInbound)
        {
            _remainingCapacity[node] = Math.Max(0, _remainingCapacity[node] - quantity);
        }
    }

    private int Read(string sku, string nodeId, bool inbound)
    {
        int product = Network.IndexOfProduct(sku);
        int node = Network.IndexOfNode(nodeId);
        if (product < 0 || node < 0 || StockOf(product) is not { } stock)
        {
            return 0;
        }

        int at = stock.Find(node);
        return at < 0 ? 0 : inbound ? stock.Inbound[at] : stock.Available[at];
    }

    private static int[] ReadCapacity(SourcingNetwork network, IEnumerable<NodeCapacity>? remainingCapacity)
    {
        int[] capacity = [.. network.Nodes.Select(n => n.DailyCapacity)];
        if (remainingCapacity is null)
        {
            return capacity;
        }

        var seen = new HashSet<int>();
        foreach (NodeCapacity entry in remainingCapacity)
        {
            if (entry.RemainingUnits < 0)
            {
                throw new ArgumentException($"Remaining capacity of '{entry.NodeId}' cannot be negative.", nameof(remainingCapacity));
            }

            int node = network.IndexOfNode(entry.NodeId);
            if (node < 0)
            {
                continue;
            }

            if (!seen.Add(node))
            {
                throw new ArgumentException($"Remaining capacity of '{entry.NodeId}' is given more than once.", nameof(remainingCapacity));
            }

            capacity[node] = entry.RemainingUnits;
        }

        return capacity;
    }
}
