using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Sourcing;

namespace OmsServerless.Domain.Tests.Sourcing;

public sealed class RequestValidationTests
{
    private static readonly ScenarioBuilder Scenario = new ScenarioBuilder().WithNode(TestNodes.Store("BROOKLYN", Places.Brooklyn)).WithStock("BROOKLYN", "SHIRT", 5);

    [Fact]
    public void A_pickup_line_without_a_store_is_refused()
    {
        var order = new OrderBuilder().Line("SHIRT", 1, DeliveryMethod.Bopis, null).Build();

        Assert.Throws<ArgumentException>(() => Scenario.Decide(TestRules.Plain(), order));
    }

    [Fact]
    public void Duplicate_line_ids_are_refused()
    {
        var order = new OrderBuilder().Ship("SHIRT", 1).Build();
        var duplicated = order with { Lines = [order.Lines[0], order.Lines[0]] };

        Assert.Throws<ArgumentException>(() => Scenario.Decide(TestRules.Plain(), duplicated));
    }

    [Fact]
    public void A_non_positive_quantity_is_refused()
    {
        var order = new OrderBuilder().Ship("SHIRT", 0).Build();

        Assert.Throws<ArgumentException>(() => Scenario.Decide(TestRules.Plain(), order));
    }

    [Fact]
    public void A_state_built_for_another_network_is_refused()
    {
        var network = Scenario.BuildNetwork();
        var otherState = SourcingState.Create(Scenario.BuildNetwork(), []);
        var engine = new SourcingEngine(network, TestRules.Plain());

        Assert.Throws<ArgumentException>(() => engine.Decide(new OrderBuilder().Ship("SHIRT", 1).Build(), otherState));
    }
}
