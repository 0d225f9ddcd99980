using OmsServerless.Domain.Sourcing;
using OmsServerless.Domain.Sourcing.Decisions;
using OmsServerless.Domain.Sourcing.Rules;

namespace OmsServerless.Benchmarks;

/// <summary>
/// Engine cost against the exact optimum (OR-Tools, same cost model) and against the nearest-node-with-full-stock
/// baseline, per order, on orders whose stock can fill them completely.
/// </summary>
public static class QualityReport
{
    public sealed record Row(
        int Nodes,
        string Mode,
        int Instances,
        int Skipped,
        int NotProvenOptimal,
        double TotalRatioToOptimum,
        double MeanRatioToOptimum,
        double WorstRatioToOptimum,
        double ShareAtOptimum,
        double ShareWithinOnePercent,
        double BaselineTotalRatioToOptimum,
        double SavingVersusBaseline,
        double MeanSolverSeconds);

    public static IReadOnlyList<Row> Measure(int nodes, int orders, int seed, int timeLimitSeconds)
    {
        BenchmarkInstance instance = BenchmarkInstance.Generate(nodes, orders, seed);
        SourcingRuleSet exactRules = BenchmarkInstance.CostOnlyRules(exactSearch: true);
        SourcingRuleSet heuristicRules = BenchmarkInstance.CostOnlyRules(exactSearch: false);
        var exact = new SourcingEngine(instance.Network, exactRules);
        var heuristic = new SourcingEngine(instance.Network, heuristicRules);
        var costs = new ShipmentCostModel(instance.Network, exactRules.Costs.HandlingPerShipment);
        var samples = new List<(double Optimum, double Exact, double Heuristic, double Baseline, bool Proven, double Seconds)>();
        int skipped = 0;
        foreach (SourcingRequest order in instance.Orders)
        {
            OptimalSourcingModel.Result? optimum = OptimalSourcingModel.Solve(costs, instance.State, order, timeLimitSeconds);
            SourcingDecision byExact = exact.Decide(order, instance.State);
            SourcingDecision byHeuristic = heuristic.Decide(order, instance.State);
            decimal? baseline = NearestFullStockBaseline.Cost(costs, instance.State, order);
            if (optimum is null || baseline is null || !Complete(byExact) || !Complete(byHeuristic))
            {
                skipped++;
                continue;
            }

            samples.Add((optimum.Cost, (double)byExact.Totals.TotalCost, (double)byHeuristic.Totals.TotalCost, (double)baseline.Value, optimum.ProvenOptimal, optimum.Seconds));
        }

        return
        [
            Summarise(nodes, "exact (default thresholds)", samples.Select(s => (s.Optimum, s.Exact, s.Baseline)).ToList(), samples, skipped),
            Summarise(nodes, "heuristic only", samples.Select(s => (s.Optimum, s.Heuristic, s.Baseline)).ToList(), samples, skipped),
        ];
    }

    private static bool Complete(SourcingDecision decision) => decision.Totals.UnitsAllocated == decision.Totals.UnitsRequested;

    private static Row Summarise(
        int nodes,
        string mode,
        List<(double Optimum, double Engine, double Baseline)> pairs,
        List<(double Optimum, double Exact, double Heuristic, double Baseline, bool Proven, double Seconds)> samples,
        int skipped)
    {
        if (pairs.Count == 0)
        {
            return new Row(nodes, mode, 0, skipped, 0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        double[] ratios = [.. pairs.Select(p => p.Engine / p.Optimum)];
        return new Row(
            nodes,
            mode,
            pairs.Count,
            skipped,
            samples.Count(s => !s.Proven),
            pairs.Sum(p => p.Engine) / pairs.Sum(p => p.Optimum),
            ratios.Average(),
            ratios.Max(),
            ratios.Count(r => r <= 1 + 1e-6) / (double)ratios.Length,
            ratios.Count(r => r <= 1.01) / (double)ratios.Length,
            pairs.Sum(p => p.Baseline) / pairs.Sum(p => p.Optimum),
            1 - (pairs.Sum(p => p.Engine) / pairs.Sum(p => p.Baseline)),
            samples.Average(s => s.Seconds));
    }
}
