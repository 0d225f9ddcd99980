using OmsServerless.Domain.Catalog;
using OmsServerless.Domain.Geography;
using OmsServerless.Domain.Network;
using OmsServerless.Storage.Geography;

namespace OmsServerless.Workflows.Tests;

/// <summary>A small retailer: one distribution center and three stores at real ZIP codes, and a few products.</summary>
internal static class TestNetwork
{
    public const string Dc = "DC-MEMPHIS";
    public const string NewYork = "STORE-NYC";
    public const string Brooklyn = "STORE-BKN";
    public const string Boston = "STORE-BOS";

    public const string Tee = "TEE";
    public const string Jacket = "JACKET";
    public const string Lamp = "LAMP";

    public static IReadOnlyList<FulfillmentNode> Nodes { get; } =
    [
        Node(Dc, NodeType.DistributionCenter, "38118", "TN", NodeCapabilities.Ship, 1, 1.10m),
        Node(NewYork, NodeType.Store, "10118", "NY", NodeCapabilities.Ship | NodeCapabilities.Pickup | NodeCapabilities.ShipToStoreReceiving, 4, 3.40m),
        Node(Brooklyn, NodeType.Store, "11217", "NY", NodeCapabilities.Ship | NodeCapabilities.Pickup | NodeCapabilities.ShipToStoreReceiving, 4, 3.20m),
        Node(Boston, NodeType.Store, "02199", "MA", NodeCapabilities.Ship | NodeCapabilities.Pickup | NodeCapabilities.ShipToStoreReceiving, 4, 3.30m),
    ];

    public static IReadOnlyList<Product> Products { get; } =
    [
        new(Tee, "Classic Tee", "Apparel", 19.00m, 0.2, false, false),
        new(Jacket, "Down Jacket", "Apparel", 220.00m, 1.2, false, false),
        new(Lamp, "Desk Lamp", "Home", 60.00m, 2.5, false, false),
    ];

    private static FulfillmentNode Node(string id, NodeType type, string zip, string state, NodeCapabilities capabilities, int priority, decimal labor)
    {
        EmbeddedPostalCodeDirectory.Instance.TryLocate("US", zip, out PostalCodeLocation location);
        return new FulfillmentNode(id, id, type, new NodeAddress("1 Main St", location.City, state, zip, "US"), location.Point, "East",
            capabilities, 500, new TimeOnly(23, 59), "America/New_York", labor, priority);
    }
}
