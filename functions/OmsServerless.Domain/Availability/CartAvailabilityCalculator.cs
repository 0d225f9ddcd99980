using OmsServerless.Domain.Geography;
using OmsServerless.Domain.Network;

namespace OmsServerless.Domain.Availability;

/// <summary>Answers "can this cart ship complete, and from where?" from per-SKU availability.</summary>
public static class CartAvailabilityCalculator
{
    public static CartAvailability Evaluate(
        IReadOnlyList<CartLine> lines, IReadOnlyDictionary<string, SkuAvailability> availabilityBySku, GeoPoint? destination)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(availabilityBySku);

        // The same SKU on two cart lines competes for the same units.
        var demand = lines
            .GroupBy(l => l.Sku, StringComparer.Ordinal)
            .Select(g => new CartLine(g.Key, g.Sum(l => l.Quantity)))
            .ToList();

        var lineResults = new List<CartLineAvailability>(demand.Count);
        foreach (CartLine line in demand)
        {
            SkuAvailability availability = availabilityBySku[line.Sku];
            var fillers = availability.Nodes
                .Where(p => p.CanShip && p.AvailableToPromise >= line.Quantity)
                .Select(p => ToOption(p.Node, p.AvailableToPromise, destination));
            lineResults.Add(new CartLineAvailability(
                line.Sku,
                line.Quantity,
                availability.NetworkAtp,
                availability.ShipAtp,
                availability.ShipAtp >= line.Quantity,
                Order(fillers)));
        }

        return new CartAvailability(
            lineResults.TrueForAll(l => l.Fillable),
            lineResults,
            SingleNodeOptions(demand, availabilityBySku, destination));
    }

    private static List<NodeOption> SingleNodeOptions(
        List<CartLine> demand, IReadOnlyDictionary<string, SkuAvailability> availabilityBySku, GeoPoint? destination)
    {
        if (demand.Count == 0)
        {
            return [];
        }

        // Start from the nodes that can fill the first line and keep those that can fill every other line too.
        Dictionary<string, (FulfillmentNode Node, int MinAtp)> candidates = availabilityBySku[demand[0].Sku].Nodes
            .Where(p => p.CanShip && p.AvailableToPromise >= demand[0].Quantity)
            .ToDictionary(p => p.Node.NodeId, p => (p.Node, p.AvailableToPromise), StringComparer.Ordinal);

        foreach (CartLine line in demand.Skip(1))
        {
            var fillers = availabilityBySku[line.Sku].Nodes
                .Where(p => p.CanShip && p.AvailableToPromise >= line.Quantity)
                .ToDictionary(p => p.Node.NodeId, p => p.AvailableToPromise, StringComparer.Ordinal);
            candidates = candidates
                .Where(c => fillers.ContainsKey(c.Key))
                .ToDictionary(c => c.Key, c => (c.Value.Node, Math.Min(c.Value.MinAtp, fillers[c.Key])), StringComparer.Ordinal);
        }

        return Order(candidates.Values.Select(c => ToOption(c.Node, c.MinAtp, destination)));
    }

    private static NodeOption ToOption(FulfillmentNode node, int atp, GeoPoint? destination) =>
        new(node, atp, destination is { } point ? Math.Round(node.Location.DistanceKmTo(point), 1) : null);

    private static List<NodeOption> Order(IEnumerable<NodeOption> options) => options
        .OrderBy(o => o.DistanceKm ?? 0)
        .ThenByDescending(o => o.AvailableToPromise)
        .ThenBy(o => o.Node.NodeId, StringComparer.Ordinal)
        .ToList();
}
