using System.Text.Json;
using OmsServerless.Domain.Network;
using OmsServerless.Domain.Sourcing;
using OmsServerless.Domain.Sourcing.Rules;

namespace OmsServerless.WhatIf;

/// <summary>Reads and writes scenario and rule set files (JSON, camelCase, enums as names).</summary>
public static class ScenarioFiles
{
    public static WhatIfScenario ReadScenario(string path)
    {
        using FileStream stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<WhatIfScenario>(stream, SourcingJson.Options)
            ?? throw new InvalidDataException($"{path} holds no scenario.");
    }

    public static void WriteScenario(string path, WhatIfScenario scenario)
    {
        using FileStream stream = File.Create(path);
        JsonSerializer.Serialize(stream, scenario, SourcingJson.IndentedOptions);
    }

    /// <exception cref="InvalidRuleSetException">The file is not a valid rule set; every fault is listed.</exception>
    public static SourcingRuleSet ReadRuleSet(string path) => RuleSetJson.Deserialize(File.ReadAllText(path));

    public static void WriteRuleSet(string path, SourcingRuleSet ruleSet) => File.WriteAllText(path, RuleSetJson.Serialize(ruleSet));

    /// <summary>
    /// A contrasting rule set for the generated sample: consolidate into as few parcels as possible (at most two),
    /// keep two units in every store for walk-ins, and lean harder on node priority, which favours DCs.
    /// </summary>
    public static SourcingRuleSet ConsolidatingAlternative()
    {
        SourcingRuleSet baseline = DefaultRuleSet.Instance;
        return baseline with
        {
            Id = "consolidate-dc-first",
            Description = "Fewest parcels first (at most two), two units of store safety stock, strong preference for priority-1 nodes.",
            Eligibility = baseline.Eligibility with { SafetyStock = new SafetyStockRules(0, [new NodeTypeSafetyStock(NodeType.Store, 2)]) },
            Ranking = baseline.Ranking with { Weights = baseline.Ranking.Weights with { Priority = 1.5 } },
            Split = new SplitRules(SplitPolicy.MinimizeShipments, 2, 0m),
        };
    }
}
