using OmsServerless.Domain.Sourcing;
using OmsServerless.Domain.Sourcing.Decisions;
using OmsServerless.Domain.Sourcing.Rules;

namespace OmsServerless.Domain.Tests.Sourcing;

public sealed class SplitPolicyTests
{
    private static ScenarioBuilder ThinStores() => new ScenarioBuilder()
        .WithNode(TestNodes.Store("BROOKLYN", Places.Brooklyn))
        .WithNode(TestNodes.Store("NEWARK", Places.Newark))
        .WithNode(TestNodes.Store("STAMFORD", Places.Stamford))
        .WithStock("BROOKLYN", "SHIRT", 2)
        .WithStock("NEWARK", "SHIRT", 2)
        .WithStock("STAMFORD", "SHIRT", 2)
        .WithStock("STAMFORD", "JEANS", 1);

    [Fact]
    public void No_split_ships_everything_it_can_from_one_node()
    {
        var order = new OrderBuilder().Ship("SHIRT", 4).Build();

        var decision = ThinStores().Decide(TestRules.Plain().WithSplit(SplitPolicy.NoSplit).WithFallback(FallbackPolicy.PartialCancel), order);

        Assert.Single(decision.Shipments);
        Assert.Equal(2, decision.Totals.UnitsAllocated);
        Assert.Equal(UnfillableReason.SplitLimit, Assert.Single(decision.Unfillable).Reason);
    }

    [Fact]
    public void Split_by_unit_spreads_a_line_over_nodes()
    {
        var order = new OrderBuilder().Ship("SHIRT", 4).Build();

        var decision = ThinStores().Decide(TestRules.Plain().WithSplit(SplitPolicy.SplitByUnit), order);

        Assert.Equal(2, decision.Shipments.Count);
        Assert.Equal(SourcingOutcome.Allocated, decision.Outcome);
    }

    [Fact]
    public void Split_by_line_keeps_each_line_whole()
    {
        var order = new OrderBuilder().Ship("SHIRT", 4).Build();

        var decision = ThinStores().Decide(TestRules.Plain().WithSplit(SplitPolicy.SplitByLine).WithFallback(FallbackPolicy.PartialCancel), order);

        Assert.Single(decision.Allocations);
        Assert.Equal(2, decision.Totals.UnitsAllocated);
    }

    [Fact]
    public void Max_shipments_caps_the_parcels_per_destination()
    {
        var order = new OrderBuilder().Ship("SHIRT", 6).Build();

        var decision = ThinStores().Decide(TestRules.Plain().WithSplit(SplitPolicy.SplitByUnit, maxShipments: 2).WithFallback(FallbackPolicy.PartialCancel), order);

        Assert.Equal(2, decision.Shipments.Count);
        Assert.Equal(4, decision.Totals.UnitsAllocated);
    }

    [Fact]
    public void A_split_shipment_below_the_minimum_value_is_not_made()
    {
        // Splitting would send one cheap shirt on its own; the rule forbids parcels under 30.
        var scenario = new ScenarioBuilder()
            .WithProduct(TestProducts.Item("SHIRT", unitPrice: 20m))
            .WithNode(TestNodes.Store("BROOKLYN", Places.Brooklyn))
            .WithNode(TestNodes.Store("NEWARK", Places.Newark))
            .WithStock("BROOKLYN", "SHIRT", 2)
            .WithStock("NEWARK", "SHIRT", 1);
        var order = new OrderBuilder().Ship("SHIRT", 3).Build();

        var decision = scenario.Decide(TestRules.Plain().WithSplit(SplitPolicy.SplitByUnit, minShipmentValue: 30m).WithFallback(FallbackPolicy.PartialCancel), order);

        Assert.Single(decision.Shipments);
        Assert.All(decision.Shipments, s => Assert.True(s.MerchandiseValue >= 30m));
    }

    [Fact]
    public void Fewest_packages_preference_consolidates_even_at_a_higher_cost()
    {
        var scenario = new ScenarioBuilder()
            .WithNode(TestNodes.Store("BROOKLYN", Places.Brooklyn))
            .WithNode(TestNodes.Store("NEWARK", Places.Newark))
            .WithNode(TestNodes.DistributionCenter("DC-DEN", Places.Denver))
            .WithStock("BROOKLYN", "SHIRT", 5)
            .WithStock("NEWARK", "JEANS", 5)
            .WithStock("DC-DEN", "SHIRT", 5)
            .WithStock("DC-DEN", "JEANS", 5);
        var standard = new OrderBuilder().Ship("SHIRT", 1).Ship("JEANS", 1).Build();
        var fewest = new OrderBuilder().Preferring(CustomerPreference.FewestPackages).Ship("SHIRT", 1).Ship("JEANS", 1).Build();
        var rules = TestRules.CostOnly() with { Costs = new CostSettings(0m) };

        var split = scenario.Decide(rules, standard);
        var consolidated = scenario.Decide(rules, fewest);

        Assert.Equal(2, split.Shipments.Count);
        Assert.Equal(["DC-DEN"], consolidated.NodesUsed());
        Assert.Equal("shipments", consolidated.Comparison().DecidedBy);
    }
}
