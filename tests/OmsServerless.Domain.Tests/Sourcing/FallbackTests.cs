using OmsServerless.Domain.Sourcing.Decisions;
using OmsServerless.Domain.Sourcing.Rules;

namespace OmsServerless.Domain.Tests.Sourcing;

public sealed class FallbackTests
{
    private static ScenarioBuilder ShortOfStock() => new ScenarioBuilder()
        .WithNode(TestNodes.Store("BROOKLYN", Places.Brooklyn))
        .WithNode(TestNodes.DistributionCenter("DC-PHL", Places.Philadelphia))
        .WithStock("BROOKLYN", "SHIRT", 1)
        .WithStock("DC-PHL", "SHIRT", 0, inbound: 40);

    [Fact]
    public void Backorder_promises_inbound_stock_for_what_is_not_on_hand()
    {
        var order = new OrderBuilder().Ship("SHIRT", 3).Build();

        var decision = ShortOfStock().Decide(TestRules.Plain().WithFallback(FallbackPolicy.Backorder), order);

        Assert.Equal(SourcingOutcome.Backordered, decision.Outcome);
        Allocation onHand = Assert.Single(decision.Allocations, a => !a.IsBackorder);
        Allocation backorder = Assert.Single(decision.Allocations, a => a.IsBackorder);
        Assert.Equal(("BROOKLYN", 1), (onHand.NodeId, onHand.Quantity));
        Assert.Equal(("DC-PHL", 2), (backorder.NodeId, backorder.Quantity));
        PlannedShipment later = Assert.Single(decision.Shipments, s => s.IsBackorder);
        Assert.Null(later.EstimatedDelivery);
        Assert.Empty(decision.Unfillable);
        Assert.Equal((1, 2, 0), (decision.Totals.UnitsAllocated, decision.Totals.UnitsBackordered, decision.Totals.UnitsUnfillable));
    }

    [Fact]
    public void Backorder_leaves_units_without_inbound_stock_unfillable()
    {
        var order = new OrderBuilder().Ship("SHIRT", 50).Build();

        var decision = ShortOfStock().Decide(TestRules.Plain().WithFallback(FallbackPolicy.Backorder), order);

        Assert.Equal(40, decision.Totals.UnitsBackordered);
        UnfillableQuantity rest = Assert.Single(decision.Unfillable);
        Assert.Equal((9, UnfillableReason.InsufficientStock), (rest.Quantity, rest.Reason));
    }

    [Fact]
    public void Park_for_review_proposes_what_fits_and_holds_the_order()
    {
        var order = new OrderBuilder().Ship("SHIRT", 3).Build();

        var decision = ShortOfStock().Decide(TestRules.Plain().WithFallback(FallbackPolicy.ParkForReview), order);

        Assert.Equal(SourcingOutcome.ParkedForReview, decision.Outcome);
        Assert.Equal(1, Assert.Single(decision.Allocations).Quantity);
        Assert.DoesNotContain(decision.Allocations, a => a.IsBackorder);
        Assert.Equal(2, Assert.Single(decision.Unfillable).Quantity);
    }

    [Fact]
    public void Partial_cancel_allocates_what_fits_and_cancels_the_rest()
    {
        var order = new OrderBuilder().Ship("SHIRT", 3).Build();

        var decision = ShortOfStock().Decide(TestRules.Plain().WithFallback(FallbackPolicy.PartialCancel), order);

        Assert.Equal(SourcingOutcome.PartiallyAllocated, decision.Outcome);
        Assert.Equal(1, decision.Totals.UnitsAllocated);
        UnfillableQuantity cancelled = Assert.Single(decision.Unfillable);
        Assert.Equal((2, UnfillableReason.InsufficientStock), (cancelled.Quantity, cancelled.Reason));
    }

    [Fact]
    public void Nothing_in_stock_anywhere_is_unfillable_under_partial_cancel()
    {
        var scenario = new ScenarioBuilder()
            .WithNode(TestNodes.Store("BROOKLYN", Places.Brooklyn))
            .WithProduct(TestProducts.Item("SHIRT"));
        var order = new OrderBuilder().Ship("SHIRT", 1).Build();

        var decision = scenario.Decide(TestRules.Plain().WithFallback(FallbackPolicy.PartialCancel), order);

        Assert.Equal(SourcingOutcome.Unfillable, decision.Outcome);
        Assert.Equal(SearchMode.None, decision.SearchMode);
    }

    [Fact]
    public void Stock_held_only_by_excluded_nodes_is_reported_as_not_eligible()
    {
        var scenario = new ScenarioBuilder()
            .WithNode(TestNodes.Store("BROOKLYN", Places.Brooklyn))
            .WithStock("BROOKLYN", "SHIRT", 5);
        var order = new OrderBuilder().Ship("SHIRT", 1).Build();
        var rules = TestRules.Plain().WithFallback(FallbackPolicy.PartialCancel).WithEligibility(e => e with { ExcludedNodes = ["BROOKLYN"] });

        var decision = scenario.Decide(rules, order);

        Assert.Equal(UnfillableReason.NoEligibleStock, Assert.Single(decision.Unfillable).Reason);
    }

    [Fact]
    public void An_unknown_sku_is_unfillable_with_that_reason()
    {
        var scenario = new ScenarioBuilder().WithNode(TestNodes.Store("BROOKLYN", Places.Brooklyn)).WithStock("BROOKLYN", "SHIRT", 5);
        var order = new OrderBuilder().Ship("SHIRT", 1).Ship("GHOST", 1).Build();

        var decision = scenario.Decide(TestRules.Plain(), order);

        Assert.Equal(UnfillableReason.UnknownSku, Assert.Single(decision.Unfillable).Reason);
        Assert.Equal(SourcingOutcome.PartiallyAllocated, decision.Outcome);
    }

    [Fact]
    public void Shipping_to_an_excluded_destination_region_is_refused()
    {
        var scenario = new ScenarioBuilder().WithNode(TestNodes.Store("BROOKLYN", Places.Brooklyn)).WithStock("BROOKLYN", "SHIRT", 5);
        var order = new OrderBuilder().To(Places.Manhattan, region: "NY").Ship("SHIRT", 1).Build();
        var rules = TestRules.Plain().WithEligibility(e => e with { ExcludedDestinationRegions = ["ny"] });

        var decision = scenario.Decide(rules, order);

        Assert.Equal(UnfillableReason.DestinationRegionExcluded, Assert.Single(decision.Unfillable).Reason);
    }
}
