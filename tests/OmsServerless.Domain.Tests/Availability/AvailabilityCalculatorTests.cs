using OmsServerless.Domain.Availability;
using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Network;
using static OmsServerless.Domain.Tests.Availability.NetworkBuilder;

namespace OmsServerless.Domain.Tests.Availability;

public sealed class AvailabilityCalculatorTests
{
    private static readonly Dictionary<string, FulfillmentNode> Network = ById(
        Node("DC", NodeType.DistributionCenter, Dallas),
        Store("STORE-PICKUP-ONLY", Manhattan, NodeCapabilities.Pickup),
        Store("STORE-SHIP", Brooklyn),
        Node("DROP", NodeType.DropShipper, Philadelphia));

    [Fact]
    public void Network_atp_sums_every_eligible_node_and_splits_ship_from_pickup()
    {
        SkuAvailability availability = AvailabilityCalculator.ForSku(
            "SKU",
            [Stock("SKU", "DC", 10, reserved: 4), Stock("SKU", "STORE-PICKUP-ONLY", 3), Stock("SKU", "STORE-SHIP", 5, safety: 1), Stock("SKU", "DROP", 2)],
            Network,
            SalesChannel.Web,
            ChannelInventoryPolicy.Default);

        Assert.Equal(6 + 3 + 4 + 2, availability.NetworkAtp);
        Assert.Equal(6 + 4 + 2, availability.ShipAtp);
        Assert.Equal(3 + 4, availability.PickupAtp);
    }

    [Fact]
    public void Marketplaces_see_only_distribution_center_and_partner_stock()
    {
        SkuAvailability availability = AvailabilityCalculator.ForSku(
            "SKU",
            [Stock("SKU", "DC", 10), Stock("SKU", "STORE-SHIP", 5), Stock("SKU", "DROP", 2)],
            Network,
            SalesChannel.Marketplace,
            ChannelInventoryPolicy.Default);

        Assert.Equal(12, availability.NetworkAtp);
        Assert.Equal(["DC", "DROP"], availability.Nodes.Select(n => n.Node.NodeId));
    }

    [Fact]
    public void Stock_at_a_node_that_left_the_network_is_not_promised()
    {
        SkuAvailability availability = AvailabilityCalculator.ForSku(
            "SKU", [Stock("SKU", "CLOSED-STORE", 50)], Network, SalesChannel.Web, ChannelInventoryPolicy.Default);

        Assert.Equal(0, availability.NetworkAtp);
        Assert.Empty(availability.Nodes);
    }
}
