using OmsServerless.Domain.Availability;
using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Network;
using static OmsServerless.Domain.Tests.Availability.NetworkBuilder;

namespace OmsServerless.Domain.Tests.Availability;

public sealed class StoreFinderTests
{
    private static readonly FulfillmentNode[] Network =
    [
        Store("PHILLY", Philadelphia),
        Store("NEWARK", Newark),
        Store("BROOKLYN", Brooklyn),
        Store("SHIP-ONLY", Manhattan, NodeCapabilities.Ship),
        Node("DC", NodeType.DistributionCenter, Manhattan, NodeCapabilities.Ship | NodeCapabilities.Pickup),
    ];

    [Fact]
    public void Pickup_stores_within_the_radius_come_nearest_first()
    {
        IReadOnlyList<NearbyStore> stores = StoreFinder.Nearby(Network, Manhattan, 50, null, 1);

        Assert.Equal(["BROOKLYN", "NEWARK"], stores.Select(s => s.Store.NodeId));
        Assert.True(stores[0].DistanceKm < stores[1].DistanceKm);
        Assert.All(stores, s => Assert.Null(s.AvailableToPromise));
    }

    [Fact]
    public void A_wider_radius_reaches_further_stores()
    {
        IReadOnlyList<NearbyStore> stores = StoreFinder.Nearby(Network, Manhattan, 200, null, 1);

        Assert.Equal(["BROOKLYN", "NEWARK", "PHILLY"], stores.Select(s => s.Store.NodeId));
    }

    [Fact]
    public void With_a_sku_each_store_shows_its_atp_and_whether_it_covers_the_quantity()
    {
        SkuAvailability sku = AvailabilityCalculator.ForSku(
            "SKU", [Stock("SKU", "NEWARK", 5)], Network.ToDictionary(n => n.NodeId), SalesChannel.Web, ChannelInventoryPolicy.Default);

        IReadOnlyList<NearbyStore> stores = StoreFinder.Nearby(Network, Manhattan, 50, sku, 2);

        Assert.Equal([("BROOKLYN", 0, false), ("NEWARK", 5, true)], stores.Select(s => (s.Store.NodeId, s.AvailableToPromise!.Value, s.CanFulfil!.Value)));
    }
}
