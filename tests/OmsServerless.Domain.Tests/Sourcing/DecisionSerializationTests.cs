using System.Text.Json;
using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Sourcing;
using OmsServerless.Domain.Sourcing.Decisions;
using OmsServerless.Domain.Sourcing.Rules;

namespace OmsServerless.Domain.Tests.Sourcing;

public sealed class DecisionSerializationTests
{
    private static SourcingDecision RichDecision()
    {
        var scenario = new ScenarioBuilder()
            .WithNode(TestNodes.Store("BROOKLYN", Places.Brooklyn))
            .WithNode(TestNodes.Store("NEWARK", Places.Newark))
            .WithNode(TestNodes.DistributionCenter("DC-PHL", Places.Philadelphia))
            .WithStock("BROOKLYN", "SHIRT", 1)
            .WithStock("NEWARK", "JEANS", 4)
            .WithStock("DC-PHL", "SHIRT", 0, inbound: 10);
        var order = new OrderBuilder()
            .Ship("SHIRT", 3)
            .Ship("JEANS", 1)
            .Line("JEANS", 1, DeliveryMethod.Bopis, "NEWARK")
            .Line("SHIRT", 1, DeliveryMethod.ShipToStore, "NEWARK")
            .Build();
        return scenario.Decide(TestRules.Plain().WithFallback(FallbackPolicy.Backorder), order);
    }

    [Fact]
    public void A_decision_round_trips_through_json_with_default_options()
    {
        SourcingDecision decision = RichDecision();
        string json = JsonSerializer.Serialize(decision);

        SourcingDecision? read = JsonSerializer.Deserialize<SourcingDecision>(json);

        Assert.Equal(json, JsonSerializer.Serialize(read));
    }

    [Fact]
    public void A_decision_round_trips_through_json_with_the_sourcing_conventions()
    {
        SourcingDecision decision = RichDecision();
        string json = JsonSerializer.Serialize(decision, SourcingJson.Options);

        SourcingDecision? read = JsonSerializer.Deserialize<SourcingDecision>(json, SourcingJson.Options);

        Assert.Equal(json, JsonSerializer.Serialize(read, SourcingJson.Options));
        Assert.Contains("\"outcome\":\"backordered\"", json, StringComparison.Ordinal);
        Assert.Contains("\"ruleSet\":{\"id\":\"test\",\"version\":1}", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Identical_requests_give_identical_decisions()
    {
        string first = JsonSerializer.Serialize(RichDecision());

        string second = JsonSerializer.Serialize(RichDecision());

        Assert.Equal(first, second);
    }

    [Fact]
    public void A_request_keeps_its_destination_coordinates_through_json()
    {
        SourcingRequest request = new OrderBuilder().To(Places.Denver, "CO").Ship("SHIRT", 1).Build();

        SourcingRequest? read = JsonSerializer.Deserialize<SourcingRequest>(JsonSerializer.Serialize(request, SourcingJson.Options), SourcingJson.Options);

        Assert.Equal(Places.Denver, read!.Destination.Location);
    }
}
