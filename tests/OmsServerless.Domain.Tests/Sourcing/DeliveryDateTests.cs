using OmsServerless.Domain.Sourcing;
using OmsServerless.Domain.Sourcing.Decisions;

namespace OmsServerless.Domain.Tests.Sourcing;

public sealed class DeliveryDateTests
{
    private static ScenarioBuilder OneStore() => new ScenarioBuilder()
        .WithNode(TestNodes.Store("BROOKLYN", Places.Brooklyn, cutoff: new TimeOnly(15, 0)))
        .WithStock("BROOKLYN", "SHIRT", 5);

    [Fact]
    public void An_order_before_the_cut_off_ships_today()
    {
        var order = new OrderBuilder().At(new DateTimeOffset(2025, 3, 12, 14, 59, 0, TimeSpan.FromHours(-4))).Ship("SHIRT", 1).Build();

        PlannedShipment shipment = Assert.Single(OneStore().Decide(TestRules.Plain(), order).Shipments);

        Assert.Equal(new DateOnly(2025, 3, 12), shipment.ShipDate);
        Assert.Equal(new DateOnly(2025, 3, 13), shipment.EstimatedDelivery);
    }

    [Fact]
    public void An_order_after_the_cut_off_ships_and_arrives_a_day_later()
    {
        var order = new OrderBuilder().At(new DateTimeOffset(2025, 3, 12, 20, 30, 0, TimeSpan.FromHours(-4))).Ship("SHIRT", 1).Build();

        PlannedShipment shipment = Assert.Single(OneStore().Decide(TestRules.Plain(), order).Shipments);

        Assert.Equal(new DateOnly(2025, 3, 13), shipment.ShipDate);
        Assert.Equal(new DateOnly(2025, 3, 14), shipment.EstimatedDelivery);
    }

    [Fact]
    public void The_cut_off_is_read_in_the_node_time_zone()
    {
        // 16:30 in New York is 13:30 in Los Angeles, before a 15:00 Los Angeles cut-off.
        var scenario = new ScenarioBuilder()
            .WithNode(TestNodes.Store("LA", Places.LosAngeles, cutoff: new TimeOnly(15, 0), timeZone: "America/Los_Angeles"))
            .WithStock("LA", "SHIRT", 5);
        var order = new OrderBuilder().To(Places.LosAngeles).At(new DateTimeOffset(2025, 3, 12, 16, 30, 0, TimeSpan.FromHours(-4))).Ship("SHIRT", 1).Build();

        PlannedShipment shipment = Assert.Single(scenario.Decide(TestRules.Plain(), order).Shipments);

        Assert.Equal(new DateOnly(2025, 3, 12), shipment.ShipDate);
    }

    [Fact]
    public void Fastest_preference_pays_for_the_node_that_delivers_first()
    {
        // Brooklyn is past its cut-off; Newark is not. Standard routing takes the cheaper Brooklyn labour.
        var scenario = new ScenarioBuilder()
            .WithNode(TestNodes.Store("BROOKLYN", Places.Brooklyn, cutoff: new TimeOnly(9, 0), laborCostPerUnit: 0.50m))
            .WithNode(TestNodes.Store("NEWARK", Places.Newark, cutoff: new TimeOnly(18, 0), laborCostPerUnit: 3.00m))
            .WithStock("BROOKLYN", "SHIRT", 5)
            .WithStock("NEWARK", "SHIRT", 5);
        var standard = new OrderBuilder().Ship("SHIRT", 1).Build();
        var fastest = new OrderBuilder().Preferring(CustomerPreference.Fastest).Ship("SHIRT", 1).Build();

        var cheap = scenario.Decide(TestRules.CostOnly(), standard);
        var quick = scenario.Decide(TestRules.CostOnly(), fastest);

        Assert.Equal(["BROOKLYN"], cheap.NodesUsed());
        Assert.Equal(["NEWARK"], quick.NodesUsed());
        Assert.True(quick.Totals.LatestDelivery < cheap.Totals.LatestDelivery);
        Assert.Equal("deliveryDate", quick.Comparison().DecidedBy);
    }

    [Fact]
    public void Fastest_preference_shops_the_fastest_carrier_service()
    {
        var scenario = new ScenarioBuilder()
            .WithNode(TestNodes.DistributionCenter("DC-DAL", Places.Dallas))
            .WithStock("DC-DAL", "SHIRT", 5);
        var order = new OrderBuilder().Preferring(CustomerPreference.Fastest).Ship("SHIRT", 1).Build();

        PlannedShipment shipment = Assert.Single(scenario.Decide(TestRules.Plain(), order).Shipments);

        Assert.Equal("EXPRESS", shipment.ServiceCode);
    }
}
