using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Network;
using OmsServerless.Domain.Sourcing;
using OmsServerless.Domain.Sourcing.Rules;
using OmsServerless.WhatIf;

namespace OmsServerless.Benchmarks;

/// <summary>
/// A generated network (nodes over US metros, each SKU at ~30% of nodes) with 3-line ship-to-address orders whose
/// destinations follow the metro populations, ready to source.
/// </summary>
public sealed class BenchmarkInstance
{
    private BenchmarkInstance(WhatIfScenario scenario)
    {
        Scenario = scenario;
        Network = SourcingNetwork.Create(scenario.Nodes, scenario.Products, scenario.RateCards);
        State = SourcingState.Create(Network, scenario.Inventory, scenario.Capacity);
        Orders = scenario.Orders;
    }

    public WhatIfScenario Scenario { get; }

    public SourcingNetwork Network { get; }

    public SourcingState State { get; }

    public IReadOnlyList<SourcingRequest> Orders { get; }

    public static BenchmarkInstance Generate(int nodes, int orders, int seed) =>
        new(ScenarioGenerator.Generate(new GeneratorOptions(
            Nodes: nodes,
            Skus: 500,
            Orders: orders,
            LinesPerOrder: 3,
            CarryShare: 0.3,
            ShipToAddressOnly: true,
            Seed: seed)));

    /// <summary>
    /// The default rule set reduced to pure cost: every node type may ship, no exclusions, no safety stock, no
    /// distance limit, ranking by shipping (with handling) plus labour only, units may split freely. This is the
    /// objective the exact optimum is computed for.
    /// </summary>
    public static SourcingRuleSet CostOnlyRules(bool exactSearch) => DefaultRuleSet.Instance with
    {
        Id = exactSearch ? "cost-only" : "cost-only-heuristic",
        Eligibility = new EligibilityRules(
            [new NodeTypeRule(null, DeliveryMethod.ShipToAddress, Enum.GetValues<NodeType>())],
            null,
            1,
            new SafetyStockRules(0, []),
            [],
            [],
            [],
            []),
        Ranking = new RankingRules(RankingMode.Weighted, new RankingWeights(1, 1, 0, 0, 0, 0), []),
        Split = new SplitRules(SplitPolicy.SplitByUnit, null, 0m),
        Search = exactSearch ? SearchSettings.Default : new SearchSettings(0, 0, 1),
    };
}
