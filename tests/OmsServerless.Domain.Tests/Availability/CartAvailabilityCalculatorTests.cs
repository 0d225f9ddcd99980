using OmsServerless.Domain.Availability;
using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Inventory;
using OmsServerless.Domain.Network;
using static OmsServerless.Domain.Tests.Availability.NetworkBuilder;

namespace OmsServerless.Domain.Tests.Availability;

public sealed class CartAvailabilityCalculatorTests
{
    private static readonly Dictionary<string, FulfillmentNode> Network = ById(
        Node("DC-DALLAS", NodeType.DistributionCenter, Dallas),
        Store("STORE-NEWARK", Newark),
        Store("STORE-PHILLY", Philadelphia),
        Store("STORE-PICKUP", Manhattan, NodeCapabilities.Pickup));

    [Fact]
    public void A_cart_ships_complete_when_every_line_is_covered_even_if_split()
    {
        CartAvailability cart = Evaluate(
            [new CartLine("A", 4), new CartLine("B", 1)],
            [Stock("A", "STORE-NEWARK", 2), Stock("A", "STORE-PHILLY", 2), Stock("B", "DC-DALLAS", 1)],
            Manhattan);

        Assert.True(cart.CanShipComplete);
        Assert.Empty(cart.Lines.Single(l => l.Sku == "A").NodesThatCanFill);
        Assert.Empty(cart.SingleNodeOptions);
    }

    [Fact]
    public void Pickup_only_stock_does_not_make_a_cart_shippable()
    {
        CartAvailability cart = Evaluate([new CartLine("A", 3)], [Stock("A", "STORE-PICKUP", 10), Stock("A", "STORE-NEWARK", 1)], Manhattan);

        CartLineAvailability line = Assert.Single(cart.Lines);
        Assert.False(cart.CanShipComplete);
        Assert.Equal((11, 1), (line.NetworkAtp, line.ShipAtp));
    }

    [Fact]
    public void Nodes_able_to_ship_the_whole_cart_come_nearest_first()
    {
        CartAvailability cart = Evaluate(
            [new CartLine("A", 1), new CartLine("B", 2)],
            [
                Stock("A", "DC-DALLAS", 9), Stock("B", "DC-DALLAS", 9),
                Stock("A", "STORE-PHILLY", 1), Stock("B", "STORE-PHILLY", 2),
                Stock("A", "STORE-NEWARK", 1), Stock("B", "STORE-NEWARK", 1),
            ],
            Manhattan);

        Assert.Equal(["STORE-PHILLY", "DC-DALLAS"], cart.SingleNodeOptions.Select(o => o.Node.NodeId));
        Assert.True(cart.SingleNodeOptions[0].DistanceKm < cart.SingleNodeOptions[1].DistanceKm);
    }

    [Fact]
    public void Two_lines_of_one_sku_compete_for_the_same_units()
    {
        CartAvailability cart = Evaluate([new CartLine("A", 2), new CartLine("A", 2)], [Stock("A", "STORE-NEWARK", 3)], null);

        CartLineAvailability line = Assert.Single(cart.Lines);
        Assert.Equal(4, line.Requested);
        Assert.False(cart.CanShipComplete);
    }

    [Fact]
    public void Without_a_destination_the_deepest_stock_comes_first_and_no_distance_is_given()
    {
        CartAvailability cart = Evaluate([new CartLine("A", 1)], [Stock("A", "STORE-NEWARK", 2), Stock("A", "DC-DALLAS", 40)], null);

        Assert.Equal(["DC-DALLAS", "STORE-NEWARK"], cart.Lines[0].NodesThatCanFill.Select(o => o.Node.NodeId));
        Assert.All(cart.Lines[0].NodesThatCanFill, o => Assert.Null(o.DistanceKm));
    }

    private static CartAvailability Evaluate(CartLine[] lines, InventoryBalance[] balances, Geography.GeoPoint? destination)
    {
        Dictionary<string, SkuAvailability> bySku = lines.Select(l => l.Sku).Distinct().ToDictionary(
            sku => sku,
            sku => AvailabilityCalculator.ForSku(sku, balances.Where(b => b.Sku == sku), Network, SalesChannel.Web, ChannelInventoryPolicy.Default));
        return CartAvailabilityCalculator.Evaluate(lines, bySku, destination);
    }
}
