using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using OmsServerless.Domain.Sourcing;
using OmsServerless.Domain.Sourcing.Decisions;
using OmsServerless.Domain.Sourcing.Rules;
using OmsServerless.WhatIf;

namespace OmsServerless.Benchmarks;

/// <summary>
/// The "digest" mode: a characterization check for engine optimisations. It sources thousands of generated orders
/// over several network sizes, rule sets, split policies and customer preferences, and hashes every serialized
/// decision (allocations, shipments, costs, outcomes, explanations, search modes). A change that only makes the
/// engine faster leaves every digest as it was; a changed digest names the variant whose decisions moved.
/// </summary>
public static class DecisionDigest
{
    public sealed record Options(int[] Sizes, int Orders, int Seed);

    public static Options Parse(string[] args) => new(
        ReportRunner.Sizes(args, "--sizes", [50, 500, 2000]),
        ReportRunner.Number(args, "--orders", 400),
        ReportRunner.Number(args, "--seed", 11));

    public static void Run(Options options, TextWriter output)
    {
        using var all = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (int nodes in options.Sizes)
        {
            BenchmarkInstance threeLines = BenchmarkInstance.Generate(nodes, options.Orders, options.Seed);
            var mixed = ScenarioGenerator.Generate(new GeneratorOptions(Nodes: nodes, Skus: 500, Orders: options.Orders, Seed: options.Seed + 1));
            var sixLines = ScenarioGenerator.Generate(new GeneratorOptions(Nodes: nodes, Skus: 500, Orders: options.Orders / 4, LinesPerOrder: 6, ShipToAddressOnly: true, Seed: options.Seed + 2));
            var built = new Dictionary<WhatIfScenario, (SourcingNetwork Network, SourcingState State)>();
            foreach ((string name, WhatIfScenario scenario, SourcingRuleSet rules, CustomerPreference? preference) in Variants(threeLines.Scenario, mixed, sixLines))
            {
                if (!built.TryGetValue(scenario, out var instance))
                {
                    var created = SourcingNetwork.Create(scenario.Nodes, scenario.Products, scenario.RateCards);
                    instance = (created, SourcingState.Create(created, scenario.Inventory, scenario.Capacity));
                    built.Add(scenario, instance);
                }

                (SourcingNetwork network, SourcingState state) = instance;
                var engine = new SourcingEngine(network, rules);
                using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
                var modes = new SortedDictionary<SearchMode, int>();
                foreach (SourcingRequest order in scenario.Orders)
                {
                    SourcingRequest request = preference is { } p ? order with { Preference = p } : order;
                    SourcingDecision decision = engine.Decide(request, state);
                    hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(decision, SourcingJson.Options));
                    modes[decision.SearchMode] = modes.GetValueOrDefault(decision.SearchMode) + 1;
                }

                byte[] digest = hash.GetHashAndReset();
                all.AppendData(digest);
                string modeText = string.Join(", ", modes.Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Key} {m.Value}")));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{nodes,5} {name,-22} {scenario.Orders.Count,5} {Convert.ToHexString(digest)[..16]}  {modeText}"));
            }
        }

        output.WriteLine($"digest {Convert.ToHexString(all.GetHashAndReset())}");
    }

    private static IEnumerable<(string Name, WhatIfScenario Scenario, SourcingRuleSet Rules, CustomerPreference? Preference)> Variants(
        WhatIfScenario threeLines, WhatIfScenario mixed, WhatIfScenario sixLines)
    {
        SourcingRuleSet defaults = DefaultRuleSet.Instance;
        yield return ("default", threeLines, defaults, null);
        yield return ("default fastest", threeLines, defaults, CustomerPreference.Fastest);
        yield return ("default cheapest", threeLines, defaults, CustomerPreference.Cheapest);
        yield return ("default fewest", threeLines, defaults, CustomerPreference.FewestPackages);
        yield return ("default mixed", mixed, defaults, null);
        yield return ("default six lines", sixLines, defaults, null);
        yield return ("cost-only", threeLines, BenchmarkInstance.CostOnlyRules(exactSearch: true), null);
        yield return ("cost-only six lines", sixLines, BenchmarkInstance.CostOnlyRules(exactSearch: true), null);
        yield return ("no split", threeLines, defaults with { Split = new SplitRules(SplitPolicy.NoSplit, null, 0m) }, null);
        yield return ("split by line", threeLines, defaults with { Split = new SplitRules(SplitPolicy.SplitByLine, 2, 0m) }, null);
        yield return ("minimize shipments", threeLines, defaults with { Split = new SplitRules(SplitPolicy.MinimizeShipments, 3, 20m) }, null);
        yield return ("four parcels", threeLines, defaults with { Split = new SplitRules(SplitPolicy.SplitByUnit, 4, 0m) }, null);
        yield return ("tie-breakers", threeLines, defaults with { Ranking = defaults.Ranking with { Mode = RankingMode.TieBreaker } }, null);
        yield return ("tie-breakers fastest", mixed, defaults with { Ranking = defaults.Ranking with { Mode = RankingMode.TieBreaker } }, CustomerPreference.Fastest);
    }
}
