using OmsServerless.Domain.Fraud;

namespace OmsServerless.Domain.Tests.Fraud;

public sealed class AmountRuleTests
{
    private static readonly FraudRuleSet HighValue = FraudRuleSets.With(
        """{ "id": "high-value", "type": "orderAmount", "score": 20, "above": 1000 }""");

    private static readonly FraudRuleSet FirstOrderHighValue = FraudRuleSets.With(
        """{ "id": "first-order-high-value", "type": "firstOrderAmount", "score": 25, "above": 500 }""");

    [Fact]
    public void Order_amount_rule_fires_above_the_threshold()
    {
        FraudContext context = FraudContextBuilder.Ordinary().WithAmount(1000.01m).Build();

        Assert.Equal(20, FraudRuleSets.Fired(HighValue, context)?.Score);
    }

    [Fact]
    public void Order_amount_rule_does_not_fire_at_the_threshold()
    {
        FraudContext context = FraudContextBuilder.Ordinary().WithAmount(1000m).Build();

        Assert.Null(FraudRuleSets.Fired(HighValue, context));
    }

    [Fact]
    public void Order_in_another_currency_is_not_compared_with_usd_limits()
    {
        FraudContext context = FraudContextBuilder.Ordinary().WithAmount(5000m, "CAD").Build();

        FraudAssessment assessment = HighValue.Assess(context);

        Assert.Empty(assessment.FiredRules);
        Assert.Contains("CAD", Assert.Single(assessment.UnevaluatedRules).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void First_order_rule_fires_for_a_new_customers_high_value_order()
    {
        FraudContext context = FraudContextBuilder.Ordinary().AsFirstOrder().WithAmount(750m).Build();

        Assert.NotNull(FraudRuleSets.Fired(FirstOrderHighValue, context));
    }

    [Fact]
    public void First_order_rule_ignores_returning_customers()
    {
        FraudContext context = FraudContextBuilder.Ordinary().WithAmount(750m).Build();

        Assert.Null(FraudRuleSets.Fired(FirstOrderHighValue, context));
    }

    [Fact]
    public void First_order_rule_ignores_small_first_orders()
    {
        FraudContext context = FraudContextBuilder.Ordinary().AsFirstOrder().WithAmount(80m).Build();

        Assert.Null(FraudRuleSets.Fired(FirstOrderHighValue, context));
    }
}
