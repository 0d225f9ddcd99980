using OmsServerless.Domain.Addresses;
using OmsServerless.Domain.Fraud;
using OmsServerless.Domain.Tests.Addresses;

namespace OmsServerless.Domain.Tests.Fraud;

public sealed class DefaultFraudRuleSetTests
{
    private readonly FraudRuleSet ruleSet = DefaultFraudRuleSet.Load();

    [Fact]
    public void Default_rule_set_is_valid_and_versioned()
    {
        Assert.Equal(("demo-retailer", 1, "USD"), (ruleSet.Id, ruleSet.Version, ruleSet.Currency));
        Assert.Equal(new FraudThresholds(50, 90), ruleSet.Thresholds);
    }

    [Fact]
    public void Ordinary_order_from_a_returning_customer_is_accepted_with_nothing_fired()
    {
        FraudContext context = FraudContextBuilder.Ordinary().WithQuietVelocityFor(ruleSet).Build();

        FraudAssessment assessment = ruleSet.Assess(context);

        Assert.Equal(FraudDecision.Accept, assessment.Decision);
        Assert.Empty(assessment.FiredRules);
        Assert.Empty(assessment.UnevaluatedRules);
    }

    [Fact]
    public void High_value_first_order_billed_across_the_country_is_sent_to_review()
    {
        var beverlyHills = new PostalAddress("9641 SUNSET BLVD", null, "BEVERLY HILLS", "CA", "90210", "US");
        FraudContext context = FraudContextBuilder.Ordinary()
            .WithQuietVelocityFor(ruleSet)
            .AsFirstOrder()
            .WithAmount(1200m)
            .BilledTo(beverlyHills, RealPostalCodes.BeverlyHills.Point)
            .Build();

        FraudAssessment assessment = ruleSet.Assess(context);

        Assert.Equal(
            ["high-value", "first-order-high-value", "billing-state-mismatch", "billing-far-from-shipping"],
            assessment.FiredRules.Select(rule => rule.RuleId));
        Assert.Equal(70, assessment.TotalScore);
        Assert.Equal(FraudDecision.Review, assessment.Decision);
    }

    [Fact]
    public void Card_testing_with_gift_cards_to_a_reshipper_is_rejected()
    {
        var reshipper = new PostalAddress("8400 NW 25TH ST", null, "MIAMI", "FL", "33166", "US");
        FraudContext context = FraudContextBuilder.Ordinary()
            .WithQuietVelocityFor(ruleSet)
            .WithVelocity(VelocityDimension.CardFingerprint, 24, orderCount: 6, amountInWindow: 600m)
            .WithLines(new FraudLine("GIFTCARD-100", 5))
            .ShippingTo(reshipper, RealPostalCodes.MiamiDoral.Point)
            .BilledTo(reshipper, RealPostalCodes.MiamiDoral.Point)
            .Build();

        FraudAssessment assessment = ruleSet.Assess(context);

        Assert.Equal(["card-daily", "reshipper-postal-codes", "gift-card-quantity"], assessment.FiredRules.Select(rule => rule.RuleId));
        Assert.Equal(FraudDecision.Reject, assessment.Decision);
        Assert.False(assessment.HardRejected);
    }

    [Fact]
    public void Deny_listed_card_is_hard_rejected()
    {
        FraudContext context = FraudContextBuilder.Ordinary()
            .WithQuietVelocityFor(ruleSet)
            .WithCardFingerprint("fp_confirmed_fraud_0001")
            .Build();

        FraudAssessment assessment = ruleSet.Assess(context);

        Assert.True(assessment.HardRejected);
        Assert.Equal(FraudDecision.Reject, assessment.Decision);
    }

    [Fact]
    public void Default_rule_set_asks_the_storage_layer_for_four_velocity_windows()
    {
        Assert.Equal(
            [
                new VelocityWindow(VelocityDimension.Customer, 1),
                new VelocityWindow(VelocityDimension.Customer, 24),
                new VelocityWindow(VelocityDimension.CardFingerprint, 24),
                new VelocityWindow(VelocityDimension.ShippingAddress, 24),
            ],
            ruleSet.RequiredVelocityWindows);
    }
}
