using System.Globalization;
using System.Text.Json;
using OmsServerless.Domain.Sourcing;
using OmsServerless.Domain.Sourcing.Rules;
using OmsServerless.Domain.Sourcing.WhatIf;

namespace OmsServerless.WhatIf;

/// <summary>The command line: compare two rule sets on a scenario, or generate a sample scenario to try.</summary>
public static class WhatIfCommand
{
    public const string Usage = """
        Usage:
          OmsServerless.WhatIf <scenario.json> <baseline-rules.json> <candidate-rules.json> [--json] [--top N]
          OmsServerless.WhatIf --generate <orders> [--nodes N] [--skus N] [--seed N] [--out DIR]

        --generate writes DIR/scenario.json, DIR/rules-default.json and DIR/rules-alternative.json (DIR defaults to the
        current directory), then prints the command that compares them.
        """;

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        try
        {
            return args.Length > 0 && args[0] == "--generate" ? Generate(args, output) : Compare(args, output, error);
        }
        catch (InvalidRuleSetException ex)
        {
            error.WriteLine(ex.Message);
            return 2;
        }
        catch (Exception ex) when (ex is ArgumentException or IOException or JsonException or InvalidDataException or FormatException)
        {
            error.WriteLine(ex.Message);
            error.WriteLine(Usage);
            return 1;
        }
    }

    private static int Compare(string[] args, TextWriter output, TextWriter error)
    {
        string[] files = [.. args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal) && (i == 0 || args[i - 1] != "--top"))];
        if (files.Length != 3)
        {
            error.WriteLine(Usage);
            return 1;
        }

        WhatIfScenario scenario = ScenarioFiles.ReadScenario(files[0]);
        SourcingRuleSet baseline = ScenarioFiles.ReadRuleSet(files[1]);
        SourcingRuleSet candidate = ScenarioFiles.ReadRuleSet(files[2]);
        var network = SourcingNetwork.Create(scenario.Nodes, scenario.Products, scenario.RateCards);
        var state = SourcingState.Create(network, scenario.Inventory, scenario.Capacity);
        WhatIfComparison comparison = WhatIfSimulator.Compare(network, state, scenario.Orders, baseline, candidate, Option(args, "--top", 10));
        output.Write(args.Contains("--json") ? JsonSerializer.Serialize(comparison, SourcingJson.IndentedOptions) + Environment.NewLine : ComparisonTable.Format(comparison));
        return 0;
    }

    private static int Generate(string[] args, TextWriter output)
    {
        int orders = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : throw new ArgumentException("--generate needs the number of orders.");
        var options = new GeneratorOptions(
            Nodes: Option(args, "--nodes", 200),
            Skus: Option(args, "--skus", 300),
            Orders: orders,
            Seed: Option(args, "--seed", 42));
        int outAt = Array.IndexOf(args, "--out");
        string directory = outAt >= 0 && outAt + 1 < args.Length ? args[outAt + 1] : ".";
        Directory.CreateDirectory(directory);
        string scenarioPath = Path.Combine(directory, "scenario.json");
        string defaultPath = Path.Combine(directory, "rules-default.json");
        string alternativePath = Path.Combine(directory, "rules-alternative.json");
        ScenarioFiles.WriteScenario(scenarioPath, ScenarioGenerator.Generate(options));
        ScenarioFiles.WriteRuleSet(defaultPath, DefaultRuleSet.Instance);
        ScenarioFiles.WriteRuleSet(alternativePath, ScenarioFiles.ConsolidatingAlternative());
        output.WriteLine($"Wrote {scenarioPath} ({options.Nodes} nodes, {options.Skus} SKUs, {orders} orders), {defaultPath} and {alternativePath}.");
        output.WriteLine($"Compare them with: dotnet run --project functions/OmsServerless.WhatIf -- {scenarioPath} {defaultPath} {alternativePath}");
        return 0;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        int at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }
}
