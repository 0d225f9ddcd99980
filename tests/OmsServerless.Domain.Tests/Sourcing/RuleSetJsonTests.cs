using OmsServerless.Domain.Sourcing.Rules;

namespace OmsServerless.Domain.Tests.Sourcing;

public sealed class RuleSetJsonTests
{
    [Fact]
    public void The_default_rule_set_is_valid()
    {
        RuleSetParseResult result = RuleSetJson.Parse(DefaultRuleSet.Json);

        Assert.Empty(result.Faults);
        Assert.Equal(("default-retail", 1), (result.RuleSet!.Id, result.RuleSet.Version));
    }

    [Fact]
    public void A_serialized_rule_set_reads_back_to_the_same_rule_set()
    {
        string written = RuleSetJson.Serialize(DefaultRuleSet.Instance);

        SourcingRuleSet read = RuleSetJson.Deserialize(written);

        Assert.Equal(written, RuleSetJson.Serialize(read));
    }

    [Fact]
    public void Every_fault_is_reported_with_its_json_path_and_reason()
    {
        const string json = """
            {
              "id": "broken rules!",
              "version": "two",
              "eligibility": {
                "maxDistanceKM": 300,
                "minRemainingCapacity": -1,
                "nodeTypes": [ { "method": "teleport", "nodeTypes": ["store", "store"] } ]
              },
              "ranking": { "mode": "weighted", "weights": { "distance": -0.5, "shippingCost": 1 } },
              "split": { "policy": "noSplit", "maxShipments": 3 },
              "fallback": { "policy": "shrug" }
            }
            """;

        RuleSetParseResult result = RuleSetJson.Parse(json);

        Assert.False(result.IsValid);
        string[] faults = [.. result.Faults.Select(f => f.ToString())];
        Assert.Contains("$.version: must be an integer", faults);
        Assert.Contains("$.eligibility.maxDistanceKM: is not a known property; did you mean 'maxDistanceKm'?", faults);
        Assert.Contains("$.eligibility.nodeTypes[0].method: must be one of shipToAddress, bopis, ropis, shipToStore", faults);
        Assert.Contains("$.eligibility.nodeTypes[0].nodeTypes[1]: repeats $.eligibility.nodeTypes[0].nodeTypes[0]", faults);
        Assert.Contains("$.eligibility.minRemainingCapacity: must be >= 0", faults);
        Assert.Contains("$.ranking.weights.distance: must be >= 0", faults);
        Assert.Contains("$.split.maxShipments: must be 1 or null when the policy is noSplit", faults);
        Assert.Contains("$.fallback.policy: must be one of backorder, parkForReview, partialCancel", faults);
        Assert.Contains("$.id: must be 1 to 64 letters, digits, '.', '_' or '-'", faults);
    }

    [Fact]
    public void Missing_sections_are_reported_as_required()
    {
        RuleSetParseResult result = RuleSetJson.Parse("""{ "id": "x", "version": 1 }""");

        Assert.Equal(
            ["$.eligibility: is required", "$.ranking: is required", "$.split: is required", "$.fallback: is required"],
            result.Faults.Select(f => f.ToString()));
    }

    [Fact]
    public void Tie_breaker_mode_needs_criteria_and_weighted_mode_a_positive_weight()
    {
        SourcingRuleSet tieBreakerWithout = DefaultRuleSet.Instance with
        {
            Ranking = new RankingRules(RankingMode.TieBreaker, new RankingWeights(0, 0, 0, 0, 0, 0), []),
        };
        SourcingRuleSet weightedWithout = DefaultRuleSet.Instance with
        {
            Ranking = new RankingRules(RankingMode.Weighted, new RankingWeights(0, 0, 0, 0, 0, 0), []),
        };

        Assert.Equal(["$.ranking.tieBreakers: must list at least one criterion in tie-breaker mode"], RuleSetValidator.Validate(tieBreakerWithout).Select(f => f.ToString()));
        Assert.Equal(["$.ranking.weights: at least one weight must be > 0 in weighted mode"], RuleSetValidator.Validate(weightedWithout).Select(f => f.ToString()));
    }

    [Fact]
    public void Invalid_json_is_reported_with_its_position()
    {
        RuleSetParseResult result = RuleSetJson.Parse("{ \"id\": ");

        Assert.StartsWith("$: is not valid JSON (line 1", Assert.Single(result.Faults).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_engine_refuses_an_invalid_rule_set_with_every_fault()
    {
        SourcingRuleSet invalid = DefaultRuleSet.Instance with { Version = 0, Costs = new CostSettings(-1m) };
        var network = new ScenarioBuilder().WithNode(TestNodes.Store("BROOKLYN", Places.Brooklyn)).BuildNetwork();

        var error = Assert.Throws<InvalidRuleSetException>(() => new Domain.Sourcing.SourcingEngine(network, invalid));

        Assert.Equal(["$.version", "$.costs.handlingPerShipment"], error.Faults.Select(f => f.Path));
    }
}
