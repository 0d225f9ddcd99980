using OmsServerless.Domain.Catalog;
using OmsServerless.Domain.Network;
using OmsServerless.Domain.Shipping;

namespace OmsServerless.Domain.Sourcing;

/// <summary>
/// The fulfilment network prepared for sourcing: nodes (sorted by id, so a node's index is stable and every tie can be
/// broken by it), products and carrier rates, with the per-node values the engine reads on every decision laid out
/// in arrays. Build it once per network snapshot and share it; it is immutable.
/// </summary>
public sealed class SourcingNetwork
{
    private readonly FulfillmentNode[] _nodes;
    private readonly Product[] _products;
    private readonly Dictionary<string, int> _nodeIndex;
    private readonly Dictionary<string, int> _productIndex;

    private SourcingNetwork(FulfillmentNode[] nodes, Product[] products, RateShopper rates, TimeZoneInfo[] timeZones, int[] timeZoneOfNode)
    {
        _nodes = nodes;
        _products = products;
        Rates = rates;
        TimeZones = timeZones;
        TimeZoneOfNode = timeZoneOfNode;
        _nodeIndex = new Dictionary<string, int>(nodes.Length, StringComparer.Ordinal);
        _productIndex = new Dictionary<string, int>(products.Length, StringComparer.Ordinal);
        for (int p = 0; p < products.Length; p++)
        {
            _productIndex.Add(products[p].Sku, p);
        }

        int count = nodes.Length;
        Profiles = new NodeProfile[count];
        CutoffTicks = new long[count];
        for (int n = 0; n < count; n++)
        {
            FulfillmentNode node = nodes[n];
            _nodeIndex.Add(node.NodeId, n);
            (double x, double y, double z) = ChordDistance.UnitVector(node.Location);
            Profiles[n] = new NodeProfile(x, y, z, (double)node.LaborCostPerUnit, node.DailyCapacity > 0 ? 1.0 / node.DailyCapacity : 0, node.Priority);
            CutoffTicks[n] = node.ShippingCutoff.Ticks;
        }

        ProductWeightGrams = [.. products.Select(p => RateShopper.ToGrams(p.WeightKg))];
        ProductPrice = [.. products.Select(p => (double)p.UnitPrice)];
    }

    public IReadOnlyList<FulfillmentNode> Nodes => _nodes;

    public IReadOnlyList<Product> Products => _products;

    public RateShopper Rates { get; }

    internal int NodeCount => _nodes.Length;

    /// <summary>Each node's position as a unit vector, labour cost, priority and one over its daily capacity (zero when it has none, so utilisation needs no division).</summary>
    internal NodeProfile[] Profiles { get; }

    internal long[] CutoffTicks { get; }

    internal TimeZoneInfo[] TimeZones { get; }

    internal int[] TimeZoneOfNode { get; }

    internal long[] ProductWeightGrams { get; }

    internal double[] ProductPrice { get; }

    /// <exception cref="ArgumentException">Duplicate ids, unknown time zones, negative capacities or costs, or invalid rate cards; the message lists every fault.</exception>
    public static SourcingNetwork Create(IEnumerable<FulfillmentNode> nodes, IEnumerable<Product> products, IEnumerable<CarrierRateCard> rateCards)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentNullException.ThrowIfNull(products);
        FulfillmentNode[] sortedNodes = [.. nodes.OrderBy(n => n.NodeId, StringComparer.Ordinal)];
        Product[] sortedProducts = [.. products.OrderBy(p => p.Sku, StringComparer.Ordinal)];
        var faults = new List<string>();
        var zoneIds = new List<string>();
        var zones = new List<TimeZoneInfo>();
        int[] zoneOfNode = new int[sortedNodes.Length];
        for (int n = 0; n < sortedNodes.Length; n++)
        {
            FulfillmentNode node = sortedNodes[n];
            if (string.IsNullOrWhiteSpace(node.NodeId))
            {
                faults.Add($"Node #{n} has no id.");
            }
            else if (n > 0 && string.Equals(sortedNodes[n - 1].NodeId, node.NodeId, StringComparison.Ordinal))
            {
                faults.Add($"Node '{node.NodeId}' appears more than once.");
            }

            if (node.DailyCapacity < 0)
            {
                faults.Add($"Node '{node.NodeId}' has a negative daily capacity.");
            }

            if (node.LaborCostPerUnit < 0)
            {
                faults.Add($"Node '{node.NodeId}' has a negative labour cost.");
            }

            zoneOfNode[n] = ResolveTimeZone(node, zoneIds, zones, faults);
        }

        for (int p = 0; p < sortedProducts.Length; p++)
        {
            Product product = sortedProducts[p];
            if (p > 0 && string.Equals(sortedProducts[p - 1].Sku, product.Sku, StringComparison.Ordinal))
            {
                faults.Add($"Product '{product.Sku}' appears more than once.");
            }

            if (!double.IsFinite(product.WeightKg) || product.WeightKg < 0)
            {
                faults.Add($"Product '{product.Sku}' needs a finite weight >= 0.");
            }

            if (product.UnitPrice < 0)
            {
                faults.Add($"Product '{product.Sku}' has a negative unit price.");
            }
        }

        if (faults.Count > 0)
        {
            throw new ArgumentException("Invalid sourcing network:" + Environment.NewLine + string.Join(Environment.NewLine, faults), nameof(nodes));
        }

        return new SourcingNetwork(sortedNodes, sortedProducts, new RateShopper(rateCards), [.. zones], zoneOfNode);
    }

    internal int IndexOfNode(string nodeId) => _nodeIndex.TryGetValue(nodeId, out int index) ? index : -1;

    internal int IndexOfProduct(string sku) => _productIndex.TryGetValue(sku, out int index) ? index : -1;

    internal FulfillmentNode NodeAt(int index) => _nodes[index];

    internal Product ProductAt(int index) => _products[index];

    private static int ResolveTimeZone(FulfillmentNode node, List<string> zoneIds, List<TimeZoneInfo> zones, List<string> faults)
    {
        int known = zoneIds.IndexOf(node.TimeZoneId);
        if (known >= 0)
        {
            return known;
        }

        try
        {
            zones.Add(TimeZoneInfo.FindSystemTimeZoneById(node.TimeZoneId));
            zoneIds.Add(node.TimeZoneId);
            return zones.Count - 1;
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException or ArgumentException)
        {
            faults.Add($"Node '{node.NodeId}' has unknown time zone '{node.TimeZoneId}'.");
            return 0;
        }
    }
}
