using OmsServerless.Domain.Fraud;

namespace OmsServerless.Domain.Tests.Fraud;

public sealed class VelocityRuleTests
{
    private static readonly FraudRuleSet CustomerBurst = FraudRuleSets.With(
        """{ "id": "customer-burst", "type": "velocity", "score": 30, "dimension": "customer", "windowHours": 1, "maxOrders": 3 }""");

    private static readonly FraudRuleSet CardSpend = FraudRuleSets.With(
        """{ "id": "card-spend", "type": "velocity", "score": 40, "dimension": "cardFingerprint", "windowHours": 24, "maxAmount": 1000 }""");

    private static readonly FraudRuleSet AddressCount = FraudRuleSets.With(
        """{ "id": "address-count", "type": "velocity", "score": 25, "dimension": "shippingAddress", "windowHours": 24, "maxOrders": 5 }""");

    [Fact]
    public void Fires_when_this_order_takes_the_customer_over_the_order_limit()
    {
        FraudContext context = FraudContextBuilder.Ordinary().WithVelocity(VelocityDimension.Customer, 1, orderCount: 3, amountInWindow: 300m).Build();

        FiredFraudRule? fired = FraudRuleSets.Fired(CustomerBurst, context);

        Assert.NotNull(fired);
        Assert.Equal(30, fired.Score);
        Assert.Contains("4 orders", fired.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Does_not_fire_when_this_order_reaches_but_does_not_pass_the_limit()
    {
        FraudContext context = FraudContextBuilder.Ordinary().WithVelocity(VelocityDimension.Customer, 1, orderCount: 2, amountInWindow: 200m).Build();

        Assert.Null(FraudRuleSets.Fired(CustomerBurst, context));
    }

    [Fact]
    public void Fires_when_the_cards_spend_in_the_window_plus_this_order_passes_the_amount_limit()
    {
        FraudContext context = FraudContextBuilder.Ordinary()
            .WithAmount(120m)
            .WithVelocity(VelocityDimension.CardFingerprint, 24, orderCount: 2, amountInWindow: 900m)
            .Build();

        FiredFraudRule? fired = FraudRuleSets.Fired(CardSpend, context);

        Assert.NotNull(fired);
        Assert.Contains("1020.00 USD", fired.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Does_not_fire_when_the_cards_spend_stays_within_the_amount_limit()
    {
        FraudContext context = FraudContextBuilder.Ordinary()
            .WithAmount(100m)
            .WithVelocity(VelocityDimension.CardFingerprint, 24, orderCount: 2, amountInWindow: 900m)
            .Build();

        Assert.Null(FraudRuleSets.Fired(CardSpend, context));
    }

    [Fact]
    public void Card_velocity_does_not_apply_to_an_order_paid_in_store()
    {
        FraudContext context = FraudContextBuilder.Ordinary().AsPickupPaidInStore().Build();

        Assert.Null(FraudRuleSets.Fired(CardSpend, context));
    }

    [Fact]
    public void Fires_when_too_many_orders_ship_to_the_same_address()
    {
        FraudContext context = FraudContextBuilder.Ordinary().WithVelocity(VelocityDimension.ShippingAddress, 24, orderCount: 5, amountInWindow: 500m).Build();

        Assert.NotNull(FraudRuleSets.Fired(AddressCount, context));
    }

    [Fact]
    public void Missing_velocity_observation_is_reported_as_not_evaluated_rather_than_passed()
    {
        FraudContext context = FraudContextBuilder.Ordinary().Build();

        FraudAssessment assessment = CustomerBurst.Assess(context);

        UnevaluatedFraudRule unevaluated = Assert.Single(assessment.UnevaluatedRules);
        Assert.Equal("customer-burst", unevaluated.RuleId);
        Assert.Empty(assessment.FiredRules);
    }

    [Fact]
    public void Observation_for_another_window_does_not_count()
    {
        FraudContext context = FraudContextBuilder.Ordinary().WithVelocity(VelocityDimension.Customer, 24, orderCount: 50, amountInWindow: 5000m).Build();

        FraudAssessment assessment = CustomerBurst.Assess(context);

        Assert.Empty(assessment.FiredRules);
        Assert.Single(assessment.UnevaluatedRules);
    }
}
