using OmsServerless.Domain.Geography;
using OmsServerless.Domain.Network;

namespace OmsServerless.Domain.Availability;

/// <summary>The "pick up today near me" finder.</summary>
public static class StoreFinder
{
    /// <param name="skuAvailability">When given, each store carries its ATP of that SKU (0 when it holds none).</param>
    public static IReadOnlyList<NearbyStore> Nearby(
        IEnumerable<FulfillmentNode> nodes,
        GeoPoint origin,
        double radiusKm,
        SkuAvailability? skuAvailability,
        int quantity)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(radiusKm);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(quantity);

        Dictionary<string, int>? atpByNode = skuAvailability?.Nodes
            .ToDictionary(p => p.Node.NodeId, p => p.AvailableToPromise, StringComparer.Ordinal);

        return nodes
            .Where(n => n.Type == NodeType.Store && n.Can(NodeCapabilities.Pickup))
            .Select(n => (Store: n, Distance: n.Location.DistanceKmTo(origin)))
            .Where(s => s.Distance <= radiusKm)
            .OrderBy(s => s.Distance)
            .ThenBy(s => s.Store.NodeId, StringComparer.Ordinal)
            .Select(s =>
            {
                int? atp = atpByNode is null ? null : atpByNode.GetValueOrDefault(s.Store.NodeId);
                return new NearbyStore(s.Store, Math.Round(s.Distance, 1), atp, atp is null ? null : atp >= quantity);
            })
            .ToList();
    }
}
