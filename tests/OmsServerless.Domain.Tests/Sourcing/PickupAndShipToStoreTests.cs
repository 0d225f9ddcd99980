using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Network;
using OmsServerless.Domain.Sourcing.Decisions;

namespace OmsServerless.Domain.Tests.Sourcing;

public sealed class PickupAndShipToStoreTests
{
    private static ScenarioBuilder TwoStoresAndADistributionCenter() => new ScenarioBuilder()
        .WithNode(TestNodes.Store("BROOKLYN", Places.Brooklyn))
        .WithNode(TestNodes.Store("STAMFORD", Places.Stamford))
        .WithNode(TestNodes.DistributionCenter("DC-PHL", Places.Philadelphia));

    [Fact]
    public void Bopis_is_picked_at_the_chosen_store_when_it_has_the_stock()
    {
        var scenario = TwoStoresAndADistributionCenter()
            .WithStock("BROOKLYN", "SHIRT", 3)
            .WithStock("DC-PHL", "SHIRT", 100);
        var order = new OrderBuilder().Line("SHIRT", 2, DeliveryMethod.Bopis, "BROOKLYN").Build();

        var decision = scenario.Decide(TestRules.Plain(), order);

        Allocation allocation = Assert.Single(decision.Allocations);
        Assert.Equal(("BROOKLYN", FulfillmentMethod.PickupInStore, 2), (allocation.NodeId, allocation.Method, allocation.Quantity));
        PlannedShipment pickup = Assert.Single(decision.Shipments);
        Assert.Equal(DestinationKind.InStore, pickup.Destination);
        Assert.Equal(0m, pickup.ShippingCost);
        Assert.Equal(new DateOnly(2025, 3, 12), pickup.EstimatedDelivery);
        Assert.Contains("Line L1: 2 unit(s) picked at store BROOKLYN from its own stock.", decision.Explanation.Notes);
    }

    [Fact]
    public void Bopis_falls_back_to_ship_to_store_from_the_best_other_node_and_says_so()
    {
        var scenario = TwoStoresAndADistributionCenter()
            .WithStock("BROOKLYN", "SHIRT", 1)
            .WithStock("DC-PHL", "SHIRT", 100);
        var order = new OrderBuilder().Line("SHIRT", 2, DeliveryMethod.Bopis, "BROOKLYN").Build();

        var decision = scenario.Decide(TestRules.Plain(), order);

        Allocation allocation = Assert.Single(decision.Allocations);
        Assert.Equal(("DC-PHL", DeliveryMethod.Bopis, FulfillmentMethod.ShipToStore), (allocation.NodeId, allocation.RequestedMethod, allocation.Method));
        PlannedShipment shipment = Assert.Single(decision.Shipments);
        Assert.Equal((DestinationKind.Store, "BROOKLYN"), (shipment.Destination, shipment.DestinationStoreId));
        Assert.Contains(decision.Explanation.Notes, n => n.Contains("BOPIS at BROOKLYN is not possible", StringComparison.Ordinal) && n.Contains("shipping it to the store", StringComparison.Ordinal));
        Assert.Equal(FilterOutcome.DestinationStore, decision.Candidate("BROOKLYN", "store:BROOKLYN").Outcome);
    }

    [Fact]
    public void Ropis_is_reserved_only_at_the_chosen_store_and_never_elsewhere()
    {
        var scenario = TwoStoresAndADistributionCenter()
            .WithStock("BROOKLYN", "SHIRT", 1)
            .WithStock("STAMFORD", "SHIRT", 50)
            .WithStock("DC-PHL", "SHIRT", 100);
        var order = new OrderBuilder().Line("SHIRT", 2, DeliveryMethod.Ropis, "BROOKLYN").Build();

        var decision = scenario.Decide(TestRules.Plain().WithFallback(Domain.Sourcing.Rules.FallbackPolicy.PartialCancel), order);

        Assert.Empty(decision.Allocations);
        UnfillableQuantity unfillable = Assert.Single(decision.Unfillable);
        Assert.Equal((2, UnfillableReason.StoreCannotFulfil), (unfillable.Quantity, unfillable.Reason));
        Assert.Equal(SourcingOutcome.Unfillable, decision.Outcome);
    }

    [Fact]
    public void Ropis_holds_the_whole_line_at_the_store_when_it_can()
    {
        var scenario = TwoStoresAndADistributionCenter().WithStock("BROOKLYN", "SHIRT", 2);
        var order = new OrderBuilder().Line("SHIRT", 2, DeliveryMethod.Ropis, "BROOKLYN").Build();

        var decision = scenario.Decide(TestRules.Plain(), order);

        Allocation allocation = Assert.Single(decision.Allocations);
        Assert.Equal(("BROOKLYN", FulfillmentMethod.ReserveInStore, 2), (allocation.NodeId, allocation.Method, allocation.Quantity));
    }

    [Fact]
    public void Ship_to_store_ships_from_the_best_node_into_the_chosen_store()
    {
        var scenario = TwoStoresAndADistributionCenter()
            .WithStock("STAMFORD", "SHIRT", 5)
            .WithStock("DC-PHL", "SHIRT", 5);
        var order = new OrderBuilder().Line("SHIRT", 1, DeliveryMethod.ShipToStore, "BROOKLYN").Build();

        var decision = scenario.Decide(TestRules.Plain(), order);

        PlannedShipment shipment = Assert.Single(decision.Shipments);
        Assert.Equal((FulfillmentMethod.ShipToStore, "BROOKLYN"), (shipment.Method, shipment.DestinationStoreId));
        Assert.Single(decision.Explanation.Destinations, d => d.Destination == "store:BROOKLYN");
    }

    [Fact]
    public void Ship_to_store_needs_a_store_that_can_receive()
    {
        var scenario = new ScenarioBuilder()
            .WithNode(TestNodes.Store("KIOSK", Places.Brooklyn, capabilities: NodeCapabilities.Pickup))
            .WithNode(TestNodes.DistributionCenter("DC-PHL", Places.Philadelphia))
            .WithStock("DC-PHL", "SHIRT", 5);
        var order = new OrderBuilder().Line("SHIRT", 1, DeliveryMethod.ShipToStore, "KIOSK").Build();

        var decision = scenario.Decide(TestRules.Plain(), order);

        Assert.Equal(UnfillableReason.StoreCannotReceive, Assert.Single(decision.Unfillable).Reason);
    }

    [Fact]
    public void A_store_not_in_the_network_is_reported_as_such()
    {
        var scenario = TwoStoresAndADistributionCenter().WithStock("DC-PHL", "SHIRT", 5);
        var order = new OrderBuilder().Line("SHIRT", 1, DeliveryMethod.Bopis, "NOWHERE").Build();

        var decision = scenario.Decide(TestRules.Plain(), order);

        Assert.Equal(UnfillableReason.StoreNotFound, Assert.Single(decision.Unfillable).Reason);
    }

    [Fact]
    public void Mixed_orders_source_pickups_and_parcels_from_the_same_stock_without_double_counting()
    {
        var scenario = TwoStoresAndADistributionCenter().WithStock("BROOKLYN", "SHIRT", 3);
        var order = new OrderBuilder()
            .Line("SHIRT", 2, DeliveryMethod.Bopis, "BROOKLYN")
            .Ship("SHIRT", 2)
            .Build();

        var decision = scenario.Decide(TestRules.Plain().WithFallback(Domain.Sourcing.Rules.FallbackPolicy.PartialCancel), order);

        Assert.Equal(3, decision.Allocations.Where(a => a.NodeId == "BROOKLYN").Sum(a => a.Quantity));
        Assert.Equal(1, Assert.Single(decision.Unfillable).Quantity);
        Assert.Equal(SourcingOutcome.PartiallyAllocated, decision.Outcome);
    }
}
