using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Sourcing.Decisions;
using OmsServerless.Domain.Sourcing.Rules;

namespace OmsServerless.Domain.Tests.Sourcing;

public sealed class NodeSelectionTests
{
    [Fact]
    public void Nearest_store_wins_when_shipping_cost_ties()
    {
        // Brooklyn (~6 km) and Newark (~14 km) are both in zone 1 of Manhattan: same rate, same labour.
        var scenario = new ScenarioBuilder()
            .WithNode(TestNodes.Store("NEWARK", Places.Newark))
            .WithNode(TestNodes.Store("BROOKLYN", Places.Brooklyn))
            .WithStock("NEWARK", "SHIRT", 5)
            .WithStock("BROOKLYN", "SHIRT", 5);
        var order = new OrderBuilder().Ship("SHIRT", 1).Build();

        var decision = scenario.Decide(TestRules.TieBreakers(RankingCriterion.ShippingCost, RankingCriterion.Distance), order);

        Assert.Equal(["BROOKLYN"], decision.NodesUsed());
        PlanComparison comparison = decision.Comparison();
        Assert.Equal("distance", comparison.DecidedBy);
        Assert.Equal(comparison.Chosen.Criteria.ShippingCost, comparison.RunnerUp!.Criteria.ShippingCost);
    }

    [Fact]
    public void One_distribution_center_beats_two_stores_when_minimising_shipments()
    {
        var scenario = new ScenarioBuilder()
            .WithNode(TestNodes.Store("BROOKLYN", Places.Brooklyn))
            .WithNode(TestNodes.Store("NEWARK", Places.Newark))
            .WithNode(TestNodes.DistributionCenter("DC-PHL", Places.Philadelphia))
            .WithStock("BROOKLYN", "SHIRT", 5)
            .WithStock("NEWARK", "JEANS", 5)
            .WithStock("DC-PHL", "SHIRT", 50)
            .WithStock("DC-PHL", "JEANS", 50);
        var order = new OrderBuilder().Ship("SHIRT", 1).Ship("JEANS", 1).Build();

        var decision = scenario.Decide(TestRules.Plain().WithSplit(SplitPolicy.MinimizeShipments), order);

        Assert.Equal(["DC-PHL"], decision.NodesUsed());
        Assert.Single(decision.Shipments);
        Assert.Equal(SourcingOutcome.Allocated, decision.Outcome);
    }

    [Fact]
    public void One_distribution_center_beats_two_stores_on_cost_because_each_parcel_pays_handling()
    {
        var scenario = new ScenarioBuilder()
            .WithNode(TestNodes.Store("BROOKLYN", Places.Brooklyn))
            .WithNode(TestNodes.Store("NEWARK", Places.Newark))
            .WithNode(TestNodes.DistributionCenter("DC-PHL", Places.Philadelphia))
            .WithStock("BROOKLYN", "SHIRT", 5)
            .WithStock("NEWARK", "JEANS", 5)
            .WithStock("DC-PHL", "SHIRT", 50)
            .WithStock("DC-PHL", "JEANS", 50);
        var order = new OrderBuilder().Ship("SHIRT", 1).Ship("JEANS", 1).Build();

        var decision = scenario.Decide(TestRules.CostOnly().WithSplit(SplitPolicy.SplitByUnit), order);

        Assert.Equal(["DC-PHL"], decision.NodesUsed());
        Assert.Equal(1.75m, decision.Totals.HandlingCost);
    }

    [Fact]
    public void A_store_at_capacity_is_skipped()
    {
        var scenario = new ScenarioBuilder()
            .WithNode(TestNodes.Store("BROOKLYN", Places.Brooklyn))
            .WithNode(TestNodes.Store("NEWARK", Places.Newark))
            .WithStock("BROOKLYN", "SHIRT", 5)
            .WithStock("NEWARK", "SHIRT", 5)
            .WithRemainingCapacity("BROOKLYN", 0);
        var order = new OrderBuilder().Ship("SHIRT", 1).Build();

        var decision = scenario.Decide(TestRules.Plain(), order);

        Assert.Equal(["NEWARK"], decision.NodesUsed());
        CandidateExplanation brooklyn = decision.Candidate("BROOKLYN");
        Assert.Equal(FilterOutcome.NoCapacity, brooklyn.Outcome);
        Assert.Equal("eligibility.minRemainingCapacity", brooklyn.Rule);
    }

    [Fact]
    public void Hazmat_items_are_not_shipped_from_stores()
    {
        var scenario = new ScenarioBuilder()
            .WithProduct(TestProducts.Item("LIGHTER-FLUID", hazmat: true))
            .WithNode(TestNodes.Store("BROOKLYN", Places.Brooklyn))
            .WithNode(TestNodes.DistributionCenter("DC-CHI", Places.Chicago))
            .WithStock("BROOKLYN", "LIGHTER-FLUID", 10)
            .WithStock("DC-CHI", "LIGHTER-FLUID", 10);
        var order = new OrderBuilder().Ship("LIGHTER-FLUID", 1).Build();

        var decision = scenario.Decide(TestRules.Plain(), order);

        Assert.Equal(["DC-CHI"], decision.NodesUsed());
        CandidateExplanation brooklyn = decision.Candidate("BROOKLYN");
        Assert.Equal(FilterOutcome.SkuAttributeExcluded, brooklyn.Outcome);
        Assert.Equal("eligibility.attributeExclusions[0]", brooklyn.Rule);
    }

    [Fact]
    public void An_excluded_node_is_never_used()
    {
        var scenario = new ScenarioBuilder()
            .WithNode(TestNodes.Store("BROOKLYN", Places.Brooklyn))
            .WithNode(TestNodes.Store("STAMFORD", Places.Stamford))
            .WithStock("BROOKLYN", "SHIRT", 5)
            .WithStock("STAMFORD", "SHIRT", 5);
        var order = new OrderBuilder().Ship("SHIRT", 1).Build();
        var rules = TestRules.Plain().WithEligibility(e => e with { ExcludedNodes = ["BROOKLYN"] });

        var decision = scenario.Decide(rules, order);

        Assert.Equal(["STAMFORD"], decision.NodesUsed());
        Assert.Equal("eligibility.excludedNodes", decision.Candidate("BROOKLYN").Rule);
    }

    [Fact]
    public void Nodes_in_an_excluded_region_are_skipped()
    {
        var scenario = new ScenarioBuilder()
            .WithNode(TestNodes.Store("BROOKLYN", Places.Brooklyn, state: "NY"))
            .WithNode(TestNodes.Store("PHILLY", Places.Philadelphia, state: "PA", region: "MidAtlantic"))
            .WithStock("BROOKLYN", "SHIRT", 5)
            .WithStock("PHILLY", "SHIRT", 5);
        var order = new OrderBuilder().Ship("SHIRT", 1).Build();
        var rules = TestRules.Plain().WithEligibility(e => e with { ExcludedRegions = ["NY"] });

        var decision = scenario.Decide(rules, order);

        Assert.Equal(["PHILLY"], decision.NodesUsed());
        Assert.Equal(FilterOutcome.ExcludedRegion, decision.Candidate("BROOKLYN").Outcome);
    }

    [Fact]
    public void Nodes_beyond_the_maximum_distance_are_skipped()
    {
        var scenario = new ScenarioBuilder()
            .WithNode(TestNodes.DistributionCenter("DC-CHI", Places.Chicago))
            .WithNode(TestNodes.Store("PHILLY", Places.Philadelphia, priority: 5, laborCostPerUnit: 9m))
            .WithStock("DC-CHI", "SHIRT", 5)
            .WithStock("PHILLY", "SHIRT", 5);
        var order = new OrderBuilder().Ship("SHIRT", 1).Build();
        var rules = TestRules.CostOnly().WithEligibility(e => e with { MaxDistanceKm = 500 });

        var decision = scenario.Decide(rules, order);

        Assert.Equal(["PHILLY"], decision.NodesUsed());
        CandidateExplanation chicago = decision.Candidate("DC-CHI");
        Assert.Equal(FilterOutcome.BeyondMaxDistance, chicago.Outcome);
        Assert.Equal("eligibility.maxDistanceKm", chicago.Rule);
        Assert.True(chicago.DistanceKm > 500);
    }

    [Fact]
    public void Weighted_and_tie_breaker_ranking_pick_different_winners()
    {
        // Brooklyn ships cheaper (zone 1) but its labour is dear; the Baltimore DC ships in zone 2 with cheap labour.
        var scenario = new ScenarioBuilder()
            .WithNode(TestNodes.Store("BROOKLYN", Places.Brooklyn, laborCostPerUnit: 4.00m))
            .WithNode(TestNodes.DistributionCenter("DC-BAL", Places.Baltimore, laborCostPerUnit: 0.40m))
            .WithStock("BROOKLYN", "SHIRT", 10)
            .WithStock("DC-BAL", "SHIRT", 10);
        var order = new OrderBuilder().Ship("SHIRT", 2).Build();

        var byShippingFirst = scenario.Decide(TestRules.TieBreakers(RankingCriterion.ShippingCost, RankingCriterion.LaborCost), order);
        var byTotalWeight = scenario.Decide(TestRules.CostOnly(), order);

        Assert.Equal(["BROOKLYN"], byShippingFirst.NodesUsed());
        Assert.Equal("shippingCost", byShippingFirst.Comparison().DecidedBy);
        Assert.Equal(["DC-BAL"], byTotalWeight.NodesUsed());
        Assert.Equal("weightedScore", byTotalWeight.Comparison().DecidedBy);
        Assert.True(byTotalWeight.Totals.TotalCost < byShippingFirst.Totals.TotalCost);
    }

    [Fact]
    public void Marketplace_orders_only_use_the_node_types_the_rule_set_allows_for_that_channel()
    {
        var scenario = new ScenarioBuilder()
            .WithNode(TestNodes.Store("BROOKLYN", Places.Brooklyn))
            .WithNode(TestNodes.DistributionCenter("DC-PHL", Places.Philadelphia))
            .WithStock("BROOKLYN", "SHIRT", 10)
            .WithStock("DC-PHL", "SHIRT", 10);
        var order = new OrderBuilder().Via(SalesChannel.Marketplace).Ship("SHIRT", 1).Build();

        var decision = scenario.Decide(TestRules.Plain(), order);

        Assert.Equal(["DC-PHL"], decision.NodesUsed());
        CandidateExplanation brooklyn = decision.Candidate("BROOKLYN");
        Assert.Equal(FilterOutcome.NodeTypeNotAllowed, brooklyn.Outcome);
        Assert.Equal("eligibility.nodeTypes[1]", brooklyn.Rule);
    }
}
