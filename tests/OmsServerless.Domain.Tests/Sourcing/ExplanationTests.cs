using System.Text.Json;
using OmsServerless.Domain.Network;
using OmsServerless.Domain.Sourcing;
using OmsServerless.Domain.Sourcing.Decisions;
using OmsServerless.Domain.Sourcing.Rules;

namespace OmsServerless.Domain.Tests.Sourcing;

public sealed class ExplanationTests
{
    [Fact]
    public void The_explanation_names_the_rule_that_excluded_each_node()
    {
        var scenario = new ScenarioBuilder()
            .WithProduct(TestProducts.Item("PAINT", hazmat: true))
            .WithNode(TestNodes.DistributionCenter("DC-PHL", Places.Philadelphia))
            .WithNode(TestNodes.Node("DROP-1", NodeType.DropShipper, Places.Newark))
            .WithNode(TestNodes.Store("STORE-HAZ", Places.Brooklyn))
            .WithNode(TestNodes.Store("STORE-EXCLUDED", Places.Stamford))
            .WithNode(TestNodes.Store("STORE-BUSY", Places.Boston))
            .WithNode(TestNodes.Store("STORE-FAR", Places.Seattle))
            .WithNode(TestNodes.Store("STORE-THIN", Places.Baltimore))
            .WithNode(TestNodes.Store("STORE-NOSHIP", Places.Pittsburgh, capabilities: NodeCapabilities.Pickup))
            .WithNode(TestNodes.Store("STORE-EMPTY", Places.Chicago))
            .WithStock("DC-PHL", "PAINT", 10)
            .WithStock("DROP-1", "PAINT", 10)
            .WithStock("STORE-HAZ", "PAINT", 10)
            .WithStock("STORE-EXCLUDED", "SHIRT", 10)
            .WithStock("STORE-BUSY", "SHIRT", 10)
            .WithStock("STORE-FAR", "SHIRT", 10)
            .WithStock("STORE-THIN", "SHIRT", 1)
            .WithStock("STORE-NOSHIP", "SHIRT", 10)
            .WithRemainingCapacity("STORE-BUSY", 0);
        var rules = TestRules.Plain().WithEligibility(e => e with
        {
            ExcludedNodes = ["STORE-EXCLUDED"],
            MaxDistanceKm = 2000,
            SafetyStock = new SafetyStockRules(0, [new NodeTypeSafetyStock(NodeType.Store, 1)]),
            NodeTypes = [new NodeTypeRule(null, Domain.Fulfillment.DeliveryMethod.ShipToAddress, [NodeType.Store, NodeType.DistributionCenter])],
        });
        var order = new OrderBuilder().Ship("PAINT", 1).Ship("SHIRT", 1).Build();

        var decision = scenario.Decide(rules.WithFallback(FallbackPolicy.PartialCancel), order);

        Assert.Equal((FilterOutcome.Eligible, (string?)null), Outcome("DC-PHL"));
        Assert.Equal((FilterOutcome.NodeTypeNotAllowed, "eligibility.nodeTypes[0]"), Outcome("DROP-1"));
        Assert.Equal((FilterOutcome.SkuAttributeExcluded, "eligibility.attributeExclusions[0]"), Outcome("STORE-HAZ"));
        Assert.Equal((FilterOutcome.ExcludedNode, "eligibility.excludedNodes"), Outcome("STORE-EXCLUDED"));
        Assert.Equal((FilterOutcome.NoCapacity, "eligibility.minRemainingCapacity"), Outcome("STORE-BUSY"));
        Assert.Equal((FilterOutcome.BeyondMaxDistance, "eligibility.maxDistanceKm"), Outcome("STORE-FAR"));
        Assert.Equal((FilterOutcome.BelowSafetyStock, "eligibility.safetyStock"), Outcome("STORE-THIN"));
        Assert.Equal((FilterOutcome.MissingCapability, "node.capabilities"), Outcome("STORE-NOSHIP"));
        Assert.Equal((FilterOutcome.NoStock, "stock"), Outcome("STORE-EMPTY"));

        (FilterOutcome, string?) Outcome(string nodeId)
        {
            CandidateExplanation candidate = decision.Candidate(nodeId);
            return (candidate.Outcome, candidate.Rule);
        }
    }

    [Fact]
    public void Each_shipment_carries_its_estimated_cost_and_delivery_date()
    {
        var scenario = new ScenarioBuilder()
            .WithProduct(TestProducts.Item("SHIRT", weightKg: 0.4))
            .WithNode(TestNodes.Store("BROOKLYN", Places.Brooklyn, laborCostPerUnit: 1.10m))
            .WithStock("BROOKLYN", "SHIRT", 5);
        var order = new OrderBuilder().Ship("SHIRT", 2).Build();

        PlannedShipment shipment = Assert.Single(scenario.Decide(TestRules.Plain(), order).Shipments);

        // 0.8 kg to zone 1 by ground: 6.00; handling 1.75; labour 2 x 1.10.
        Assert.Equal((6.00m, 1.75m, 2.20m, 9.95m), (shipment.ShippingCost, shipment.HandlingCost, shipment.LaborCost, shipment.TotalCost));
        Assert.Equal(("PARCEL", "GROUND", "1", 1), (shipment.CarrierId, shipment.ServiceCode, shipment.Zone, shipment.TransitDays));
        Assert.Equal(new DateOnly(2025, 3, 13), shipment.EstimatedDelivery);
    }

    [Fact]
    public void Large_networks_list_a_capped_number_of_candidates_and_count_every_rejection()
    {
        var scenario = new ScenarioBuilder();
        for (int i = 0; i < 300; i++)
        {
            var location = Places.All[i % Places.All.Length];
            scenario.WithNode(TestNodes.Store($"S{i:000}", location, priority: 1 + (i % 3)));
            if (i % 2 == 0)
            {
                scenario.WithStock($"S{i:000}", "SHIRT", 1 + (i % 5));
            }

            if (i % 10 == 0)
            {
                scenario.WithRemainingCapacity($"S{i:000}", 0);
            }
        }

        var order = new OrderBuilder().Ship("SHIRT", 1).Build();
        var rules = TestRules.Plain() with { Explanation = new ExplanationSettings(5) };

        var decision = scenario.Decide(rules, order);

        DestinationExplanation customer = Assert.Single(decision.Explanation.Destinations);
        Assert.True(customer.Candidates.Count <= 10);
        Assert.Equal(300, customer.EligibleNodes + customer.Rejections.Sum(r => r.Nodes));
        Assert.Equal(150, customer.Rejections.Single(r => r.Outcome == FilterOutcome.NoStock).Nodes);
        Assert.Equal(30, customer.Rejections.Single(r => r.Outcome == FilterOutcome.NoCapacity).Nodes);
        Assert.True(JsonSerializer.Serialize(decision, SourcingJson.Options).Length < 6_000);
    }

    [Fact]
    public void The_comparison_says_why_the_chosen_plan_beat_the_runner_up()
    {
        var scenario = new ScenarioBuilder()
            .WithNode(TestNodes.Store("BROOKLYN", Places.Brooklyn))
            .WithNode(TestNodes.DistributionCenter("DC-DEN", Places.Denver))
            .WithStock("BROOKLYN", "SHIRT", 5)
            .WithStock("DC-DEN", "SHIRT", 5);
        var order = new OrderBuilder().Ship("SHIRT", 1).Build();

        PlanComparison comparison = scenario.Decide(TestRules.CostOnly(), order).Comparison();

        Assert.Equal(["BROOKLYN"], comparison.Chosen.NodeIds);
        Assert.Equal(["DC-DEN"], comparison.RunnerUp!.NodeIds);
        Assert.Equal("weightedScore", comparison.DecidedBy);
        Assert.StartsWith("weighted score 8.75 against 11.65", comparison.Reason, StringComparison.Ordinal);
        Assert.Contains("shippingCost -3.4, laborCost +0.5", comparison.Reason, StringComparison.Ordinal);
    }
}
