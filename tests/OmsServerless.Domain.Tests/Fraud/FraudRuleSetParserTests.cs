using OmsServerless.Domain.Fraud;

namespace OmsServerless.Domain.Tests.Fraud;

public sealed class FraudRuleSetParserTests
{
    [Fact]
    public void Valid_document_yields_a_rule_set_with_its_id_version_and_rules()
    {
        FraudRuleSetParseResult result = FraudRuleSetParser.Parse(FraudRuleSets.Document(
            40,
            80,
            """{ "id": "high-value", "type": "orderAmount", "score": 20, "above": 1000, "description": "Big basket." }"""));

        Assert.True(result.IsValid);
        Assert.Empty(result.Errors);
        FraudRuleSet ruleSet = result.RuleSet!;
        Assert.Equal(("test-rules", 7, "USD"), (ruleSet.Id, ruleSet.Version, ruleSet.Currency));
        Assert.Equal(new FraudThresholds(40, 80), ruleSet.Thresholds);
        FraudRule rule = Assert.Single(ruleSet.Rules);
        Assert.Equal(("high-value", "orderAmount", 20, false, true, "Big basket."), (rule.Id, rule.Type, rule.Score, rule.HardReject, rule.Enabled, rule.Description));
    }

    [Fact]
    public void Every_error_in_the_document_is_reported_with_its_exact_path()
    {
        const string json = """
            {
              "id": "Bad Id",
              "version": 0,
              "currency": "usd",
              "thresholds": { "review": 80, "reject": 60 },
              "rules": [
                { "id": "ok", "type": "orderAmount", "score": 10, "above": 100 },
                { "id": "burst", "type": "velocity", "score": 30, "dimension": "device", "windowHours": 1.5, "maxOrder": 3 },
                { "id": "ok", "type": "orderAmount", "score": 2000, "above": -5 },
                { "id": "mystery", "type": "astrology", "score": 5 },
                { "type": "emailDomain", "score": 5, "domains": ["mailinator.com", ""] },
                42
              ]
            }
            """;

        FraudRuleSetParseResult result = FraudRuleSetParser.Parse(json);

        Assert.False(result.IsValid);
        Assert.Null(result.RuleSet);
        Assert.Equal(
            [
                "$.id",
                "$.version",
                "$.currency",
                "$.thresholds.reject",
                "$.rules[5]",
                "$.rules[1].dimension",
                "$.rules[1].windowHours",
                "$.rules[1]",
                "$.rules[1].maxOrder",
                "$.rules[2].id",
                "$.rules[2].score",
                "$.rules[2].above",
                "$.rules[3].type",
                "$.rules[4].id",
                "$.rules[4].domains[1]",
            ],
            result.Errors.Select(error => error.Path));
    }

    [Fact]
    public void Misspelt_parameter_is_reported_as_unknown_instead_of_ignored()
    {
        FraudRuleSetParseResult result = FraudRuleSetParser.Parse(FraudRuleSets.Document(
            50,
            90,
            """{ "id": "burst", "type": "velocity", "score": 30, "dimension": "customer", "windowHours": 1, "maxOrders": 3, "maxOrdrs": 5 }"""));

        FraudRuleSetError error = Assert.Single(result.Errors);
        Assert.Equal("$.rules[0].maxOrdrs", error.Path);
    }

    [Fact]
    public void Duplicate_rule_id_names_where_it_was_first_used()
    {
        FraudRuleSetParseResult result = FraudRuleSetParser.Parse(FraudRuleSets.Document(
            50,
            90,
            """{ "id": "same", "type": "orderAmount", "score": 10, "above": 100 }""",
            """{ "id": "same", "type": "orderAmount", "score": 20, "above": 200 }"""));

        FraudRuleSetError error = Assert.Single(result.Errors);
        Assert.Equal("$.rules[1].id", error.Path);
        Assert.Contains("$.rules[0].id", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Velocity_rule_without_any_limit_is_reported_on_the_rule()
    {
        FraudRuleSetParseResult result = FraudRuleSetParser.Parse(FraudRuleSets.Document(
            50,
            90,
            """{ "id": "burst", "type": "velocity", "score": 30, "dimension": "customer", "windowHours": 1 }"""));

        FraudRuleSetError error = Assert.Single(result.Errors);
        Assert.Equal("$.rules[0]", error.Path);
        Assert.Contains("maxOrders", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_top_level_sections_are_each_required()
    {
        FraudRuleSetParseResult result = FraudRuleSetParser.Parse("{}");

        Assert.Equal(
            ["$.id", "$.version", "$.currency", "$.thresholds", "$.rules"],
            result.Errors.Select(error => error.Path));
        Assert.All(result.Errors, error => Assert.Equal("is required.", error.Message));
    }

    [Fact]
    public void Empty_rule_list_is_refused()
    {
        FraudRuleSetParseResult result = FraudRuleSetParser.Parse(FraudRuleSets.Document(50, 90));

        Assert.Equal("$.rules", Assert.Single(result.Errors).Path);
    }

    [Fact]
    public void Wrongly_typed_values_say_what_was_found()
    {
        FraudRuleSetParseResult result = FraudRuleSetParser.Parse(FraudRuleSets.Document(
            50,
            90,
            """{ "id": "high-value", "type": "orderAmount", "score": "ten", "above": 100, "hardReject": "yes" }"""));

        Assert.Equal(
            [("$.rules[0].score", "must be a whole number, not the string \"ten\"."), ("$.rules[0].hardReject", "must be true or false, not the string \"yes\".")],
            result.Errors.Select(error => (error.Path, error.Message)));
    }

    [Fact]
    public void Malformed_json_is_reported_instead_of_thrown()
    {
        FraudRuleSetParseResult result = FraudRuleSetParser.Parse("""{ "id": "x", """);

        FraudRuleSetError error = Assert.Single(result.Errors);
        Assert.StartsWith("is not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Document_that_is_not_an_object_is_refused()
    {
        FraudRuleSetParseResult result = FraudRuleSetParser.Parse("[1, 2]");

        Assert.Equal(new FraudRuleSetError("$", "must be a JSON object."), Assert.Single(result.Errors));
    }
}
