using OmsServerless.Domain.Geography;
using OmsServerless.Domain.Inventory;
using OmsServerless.Domain.Network;

namespace OmsServerless.Domain.Tests.Availability;

/// <summary>Test nodes at real places and balances for them.</summary>
internal static class NetworkBuilder
{
    public static readonly GeoPoint Manhattan = new(40.7484, -73.9967);
    public static readonly GeoPoint Brooklyn = new(40.6782, -73.9442);
    public static readonly GeoPoint Newark = new(40.7357, -74.1724);
    public static readonly GeoPoint Philadelphia = new(39.9526, -75.1652);
    public static readonly GeoPoint Dallas = new(32.7767, -96.7970);

    public static FulfillmentNode Store(string id, GeoPoint at, NodeCapabilities capabilities = NodeCapabilities.Ship | NodeCapabilities.Pickup) =>
        Node(id, NodeType.Store, at, capabilities);

    public static FulfillmentNode Node(string id, NodeType type, GeoPoint at, NodeCapabilities capabilities = NodeCapabilities.Ship) =>
        new(id, id, type, new NodeAddress("1 Main St", "Town", "NY", "10001", "US"), at, "Northeast",
            capabilities, 500, new TimeOnly(15, 0), "America/New_York", 1.5m, 2);

    public static InventoryBalance Stock(string sku, string nodeId, int onHand, int reserved = 0, int safety = 0) =>
        new(sku, nodeId, onHand, reserved, safety, 0, 0);

    public static Dictionary<string, FulfillmentNode> ById(params FulfillmentNode[] nodes) =>
        nodes.ToDictionary(n => n.NodeId, StringComparer.Ordinal);
}
