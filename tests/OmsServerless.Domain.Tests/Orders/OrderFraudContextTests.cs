using OmsServerless.Domain.Fraud;
using OmsServerless.Domain.Orders;
using OmsServerless.Domain.RuleSets;
using OmsServerless.Domain.Tests.Addresses;

namespace OmsServerless.Domain.Tests.Orders;

public sealed class OrderFraudContextTests
{
    private static readonly VelocityObservation[] Quiet = [new(VelocityDimension.Customer, 24, 0, 0m)];

    [Fact]
    public void Context_carries_the_normalised_geocoded_addresses_and_the_active_lines()
    {
        Order order = OrderBuilder.From(new NewOrderRequestBuilder()
                .WithShipLine("SKU-A", 2, 25m)
                .WithShipLine("SKU-B", 1, 10m))
            .AddressValidated()
            .Build();
        order.CancelLines(["2"], "Not needed.", "customer", OrderClock.Minute(5));

        FraudContext context = order.ToFraudContext(OrderClock.PlacedAt.AddYears(-2), 3, "fp_visa_4242", Quiet);

        Assert.Equal(("ord-1001", OrderClock.PlacedAt, "cust-1001", "ada@example.com"), (context.OrderId, context.PlacedAt, context.CustomerId, context.CustomerEmail));
        Assert.Equal((50m, "USD", 3), (context.OrderAmount, context.Currency, context.PriorOrderCount));
        Assert.Equal([new FraudLine("SKU-A", 2)], context.Lines);
        Assert.Equal("400 W 33RD ST", context.ShippingAddress!.Line1);
        Assert.Equal(RealPostalCodes.NewYorkPennStation.Point, context.ShippingLocation);
        Assert.Equal(RealPostalCodes.NewYorkPennStation.Point, context.BillingLocation);
        Assert.Equal("fp_visa_4242", context.CardFingerprint);
        Assert.Same(Quiet, context.Velocity);
    }

    [Fact]
    public void Order_paid_in_store_has_no_card_to_screen()
    {
        Order order = OrderBuilder.From(NewOrderRequestBuilder.ReserveAndPayInStore()).AddressValidated().Build();

        FraudContext context = order.ToFraudContext(null, 0, "fp_from_an_old_token", Quiet);

        Assert.Null(context.CardFingerprint);
        Assert.Null(context.ShippingAddress);
    }

    [Fact]
    public void Default_rule_set_accepts_an_ordinary_order_built_from_the_aggregate()
    {
        FraudRuleSet ruleSet = DefaultFraudRuleSet.Load();
        Order order = OrderBuilder.ShipToHome().AddressValidated().Build();
        VelocityObservation[] velocity = [.. ruleSet.RequiredVelocityWindows.Select(window => new VelocityObservation(window.Dimension, window.WindowHours, 0, 0m))];

        FraudAssessment assessment = ruleSet.Assess(order.ToFraudContext(OrderClock.PlacedAt.AddYears(-1), 4, "fp_visa_4242", velocity));
        order.RecordFraudAssessment(assessment, OrderBuilder.Orchestrator, OrderClock.Minute(2));

        Assert.Equal(FraudDecision.Accept, assessment.Decision);
        Assert.Empty(assessment.UnevaluatedRules);
        Assert.Equal(OrderStatus.FraudAccepted, order.Status);
        Assert.Equal(new RuleSetReference("demo-retailer", 1), order.ToSnapshot().FraudRuleSet);
    }
}
