using OmsServerless.Domain.Fraud;

namespace OmsServerless.Domain.Tests.Fraud;

/// <summary>Builds rule set documents around a few rules, so each test shows only the rule it is about.</summary>
public static class FraudRuleSets
{
    public static string Document(int review, int reject, params string[] rules) => $$"""
        { "id": "test-rules", "version": 7, "currency": "USD",
          "thresholds": { "review": {{review}}, "reject": {{reject}} },
          "rules": [ {{string.Join(",\n", rules)}} ] }
        """;

    public static FraudRuleSet With(params string[] rules) => Parse(Document(50, 90, rules));

    public static FraudRuleSet Parse(string json)
    {
        FraudRuleSetParseResult result = FraudRuleSetParser.Parse(json);
        Assert.True(result.IsValid, string.Join("; ", result.Errors.Select(error => $"{error.Path} {error.Message}")));
        return result.RuleSet!;
    }

    /// <summary>Assesses and returns the single rule's outcome: fired, or null; fails when the rule was not evaluated.</summary>
    public static FiredFraudRule? Fired(FraudRuleSet ruleSet, FraudContext context)
    {
        FraudAssessment assessment = ruleSet.Assess(context);
        Assert.Empty(assessment.UnevaluatedRules);
        FraudRule rule = Assert.Single(ruleSet.Rules);
        return assessment.FiredRules.SingleOrDefault(fired => fired.RuleId == rule.Id);
    }
}
