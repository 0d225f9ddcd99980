using OmsServerless.Domain.Sourcing;
using OmsServerless.Domain.Sourcing.Decisions;
using OmsServerless.Domain.Sourcing.Rules;
using OmsServerless.Domain.Sourcing.WhatIf;

namespace OmsServerless.Domain.Tests.Sourcing;

public sealed class WhatIfSimulatorTests
{
    private static (SourcingNetwork Network, SourcingState State) TwoNodes()
    {
        var network = new ScenarioBuilder()
            .WithNode(TestNodes.Store("BROOKLYN", Places.Brooklyn))
            .WithNode(TestNodes.DistributionCenter("DC-CHI", Places.Chicago))
            .WithProduct(TestProducts.Item("SHIRT"))
            .BuildNetwork();
        var state = SourcingState.Create(network, [new StockLevel("SHIRT", "BROOKLYN", 2), new StockLevel("SHIRT", "DC-CHI", 1)]);
        return (network, state);
    }

    private static SourcingRequest Order(string id) => new OrderBuilder().Ship("SHIRT", 1).Build() with { OrderId = id };

    [Fact]
    public void Orders_deplete_stock_in_sequence()
    {
        var (network, state) = TwoNodes();
        SourcingRequest[] orders = [Order("A"), Order("B"), Order("C"), Order("D")];

        WhatIfSummary summary = WhatIfSimulator.Replay(network, state, orders, TestRules.Plain().WithFallback(FallbackPolicy.PartialCancel));

        Assert.Equal((4, 3, 1), (summary.UnitsRequested, summary.UnitsAllocated, summary.UnitsUnfillable));
        Assert.Equal([new NodeLoad("BROOKLYN", 2, 2), new NodeLoad("DC-CHI", 1, 1)], summary.TopNodes);
        Assert.Equal([new OutcomeCount(SourcingOutcome.Allocated, 3), new OutcomeCount(SourcingOutcome.Unfillable, 1)], summary.Outcomes);
    }

    [Fact]
    public void Both_rule_sets_start_from_the_same_snapshot_and_the_snapshot_is_left_alone()
    {
        var (network, state) = TwoNodes();
        SourcingRequest[] orders = [Order("A"), Order("B")];
        SourcingRuleSet withoutBrooklyn = TestRules.Plain().WithEligibility(e => e with { ExcludedNodes = ["BROOKLYN"] }) with { Id = "no-brooklyn" };

        WhatIfComparison comparison = WhatIfSimulator.Compare(network, state, orders, TestRules.Plain(), withoutBrooklyn);

        Assert.Equal("BROOKLYN", Assert.Single(comparison.Baseline.TopNodes).NodeId);
        Assert.Equal("DC-CHI", Assert.Single(comparison.Candidate.TopNodes).NodeId);
        Assert.Equal(1, comparison.Candidate.UnitsAllocated);
        Assert.True(comparison.Candidate.AverageDistanceKm > comparison.Baseline.AverageDistanceKm);
        Assert.Equal(2, state.AvailableToPromise("SHIRT", "BROOKLYN"));
    }

    [Fact]
    public void Split_rate_counts_orders_with_more_than_one_parcel_to_a_destination()
    {
        var (network, state) = TwoNodes();
        var split = new OrderBuilder().Ship("SHIRT", 3).Build();
        var whole = new OrderBuilder().Ship("SHIRT", 1).Build() with { OrderId = "W" };

        WhatIfSummary summary = WhatIfSimulator.Replay(network, state, [split, whole], TestRules.Plain().WithFallback(FallbackPolicy.PartialCancel));

        Assert.Equal(0.5, summary.SplitRate);
    }
}
