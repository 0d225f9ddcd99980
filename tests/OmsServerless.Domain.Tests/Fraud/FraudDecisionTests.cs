using OmsServerless.Domain.Fraud;

namespace OmsServerless.Domain.Tests.Fraud;

public sealed class FraudDecisionTests
{
    private const string HighValue = """{ "id": "high-value", "type": "orderAmount", "score": 30, "above": 1000 }""";
    private const string FirstOrder = """{ "id": "first-order", "type": "firstOrderAmount", "score": 25, "above": 500 }""";
    private const string NewAccount = """{ "id": "new-account", "type": "accountAge", "score": 40, "minAgeHours": 24 }""";
    private const string DenyList = """{ "id": "deny", "type": "denyList", "score": 0, "hardReject": true, "emails": ["abuser@example.com"] }""";

    [Theory]
    [InlineData(100, 0, FraudDecision.Accept)]
    [InlineData(1500, 55, FraudDecision.Review)]
    [InlineData(600, 25, FraudDecision.Accept)]
    public void Total_score_maps_to_a_decision_through_the_thresholds(decimal amount, int expectedScore, FraudDecision expected)
    {
        FraudRuleSet ruleSet = FraudRuleSets.Parse(FraudRuleSets.Document(55, 90, HighValue, FirstOrder));
        FraudContext context = FraudContextBuilder.Ordinary().AsFirstOrder().WithAmount(amount).Build();

        FraudAssessment assessment = ruleSet.Assess(context);

        Assert.Equal(expectedScore, assessment.TotalScore);
        Assert.Equal(expected, assessment.Decision);
    }

    [Fact]
    public void Score_exactly_at_the_review_threshold_is_reviewed()
    {
        FraudRuleSet ruleSet = FraudRuleSets.Parse(FraudRuleSets.Document(30, 90, HighValue));

        FraudAssessment assessment = ruleSet.Assess(FraudContextBuilder.Ordinary().WithAmount(2000m).Build());

        Assert.Equal(FraudDecision.Review, assessment.Decision);
    }

    [Fact]
    public void Score_at_the_reject_threshold_is_rejected()
    {
        FraudRuleSet ruleSet = FraudRuleSets.Parse(FraudRuleSets.Document(50, 95, HighValue, FirstOrder, NewAccount));
        FraudContext context = FraudContextBuilder.Ordinary().AsFirstOrder().WithCustomerSince(null).WithAmount(2000m).Build();

        FraudAssessment assessment = ruleSet.Assess(context);

        Assert.Equal(95, assessment.TotalScore);
        Assert.Equal(FraudDecision.Reject, assessment.Decision);
        Assert.False(assessment.HardRejected);
    }

    [Fact]
    public void Hard_reject_rule_rejects_even_with_a_score_below_review()
    {
        FraudRuleSet ruleSet = FraudRuleSets.With(DenyList, HighValue);
        FraudContext context = FraudContextBuilder.Ordinary().WithEmail("abuser@example.com").Build();

        FraudAssessment assessment = ruleSet.Assess(context);

        Assert.Equal(0, assessment.TotalScore);
        Assert.True(assessment.HardRejected);
        Assert.Equal(FraudDecision.Reject, assessment.Decision);
    }

    [Fact]
    public void Assessment_names_the_rule_set_version_and_every_fired_rule_with_its_score()
    {
        FraudRuleSet ruleSet = FraudRuleSets.With(HighValue, FirstOrder, NewAccount);
        FraudContext context = FraudContextBuilder.Ordinary().AsFirstOrder().WithAmount(1500m).Build();

        FraudAssessment assessment = ruleSet.Assess(context);

        Assert.Equal(("test-rules", 7), (assessment.RuleSetId, assessment.RuleSetVersion));
        Assert.Equal(
            [("high-value", "orderAmount", 30), ("first-order", "firstOrderAmount", 25)],
            assessment.FiredRules.Select(rule => (rule.RuleId, rule.RuleType, rule.Score)));
        Assert.All(assessment.FiredRules, rule => Assert.False(string.IsNullOrWhiteSpace(rule.Explanation)));
        Assert.Equal(new FraudThresholds(50, 90), assessment.Thresholds);
    }

    [Fact]
    public void Disabled_rule_is_never_evaluated()
    {
        FraudRuleSet ruleSet = FraudRuleSets.With(
            """{ "id": "high-value", "type": "orderAmount", "score": 30, "above": 1000, "enabled": false }""");

        FraudAssessment assessment = ruleSet.Assess(FraudContextBuilder.Ordinary().WithAmount(5000m).Build());

        Assert.Empty(assessment.FiredRules);
        Assert.Equal(FraudDecision.Accept, assessment.Decision);
    }

    [Fact]
    public void Required_velocity_windows_list_each_enabled_window_once()
    {
        FraudRuleSet ruleSet = FraudRuleSets.With(
            """{ "id": "a", "type": "velocity", "score": 1, "dimension": "customer", "windowHours": 1, "maxOrders": 3 }""",
            """{ "id": "b", "type": "velocity", "score": 1, "dimension": "customer", "windowHours": 1, "maxAmount": 500 }""",
            """{ "id": "c", "type": "velocity", "score": 1, "dimension": "cardFingerprint", "windowHours": 24, "maxOrders": 5 }""",
            """{ "id": "d", "type": "velocity", "score": 1, "dimension": "shippingAddress", "windowHours": 6, "maxOrders": 5, "enabled": false }""");

        Assert.Equal(
            [new VelocityWindow(VelocityDimension.Customer, 1), new VelocityWindow(VelocityDimension.CardFingerprint, 24)],
            ruleSet.RequiredVelocityWindows);
    }
}
