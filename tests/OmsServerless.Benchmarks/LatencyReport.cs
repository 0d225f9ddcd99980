using System.Diagnostics;
using System.Globalization;
using OmsServerless.Domain.Sourcing;
using OmsServerless.Domain.Sourcing.Decisions;
using OmsServerless.Domain.Sourcing.Rules;

namespace OmsServerless.Benchmarks;

/// <summary>
/// Per-decision latency (Stopwatch around each call) and throughput on one thread, per network size. The engine is
/// warmed up for a few seconds first: tiered compilation with dynamic PGO needs thousands of decisions before the
/// hot loops reach their final code. Throughput is also given per second of process CPU time, which is what the
/// code costs even when other processes compete for the core.
/// </summary>
public static class LatencyReport
{
    public sealed record Row(
        int Nodes,
        int Decisions,
        double DecisionsPerSecond,
        double DecisionsPerCpuSecond,
        double MeanMicros,
        double P50Micros,
        double P99Micros,
        double MaxMicros,
        string Modes,
        int AverageJsonBytes);

    public static Row Measure(int nodes, int decisions, int seed, double warmupSeconds)
    {
        BenchmarkInstance instance = BenchmarkInstance.Generate(nodes, orders: 2000, seed);
        var engine = new SourcingEngine(instance.Network, DefaultRuleSet.Instance);
        IReadOnlyList<SourcingRequest> orders = instance.Orders;
        var warmup = Stopwatch.StartNew();
        for (int i = 0; warmup.Elapsed.TotalSeconds < warmupSeconds; i++)
        {
            engine.Decide(orders[i % orders.Count], instance.State);
        }

        var modes = new Dictionary<SearchMode, int>();
        long[] ticks = new long[decisions];
        using var process = Process.GetCurrentProcess();
        TimeSpan cpuBefore = process.TotalProcessorTime;
        long started = Stopwatch.GetTimestamp();
        for (int i = 0; i < decisions; i++)
        {
            long before = Stopwatch.GetTimestamp();
            SourcingDecision decision = engine.Decide(orders[i % orders.Count], instance.State);
            ticks[i] = Stopwatch.GetTimestamp() - before;
            modes[decision.SearchMode] = modes.GetValueOrDefault(decision.SearchMode) + 1;
        }

        double totalSeconds = (Stopwatch.GetTimestamp() - started) / (double)Stopwatch.Frequency;
        process.Refresh();
        double cpuSeconds = (process.TotalProcessorTime - cpuBefore).TotalSeconds;
        Array.Sort(ticks);
        int jsonBytes = (int)orders.Take(200).Average(o => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(engine.Decide(o, instance.State), SourcingJson.Options).Length);
        return new Row(
            nodes,
            decisions,
            decisions / totalSeconds,
            decisions / cpuSeconds,
            ticks.Average() * Micro,
            ticks[(int)(decisions * 0.50)] * Micro,
            ticks[Math.Min(decisions - 1, (int)(decisions * 0.99))] * Micro,
            ticks[^1] * Micro,
            string.Join(", ", modes.OrderBy(m => m.Key).Select(m => string.Create(CultureInfo.InvariantCulture, $"{m.Key} {m.Value * 100.0 / decisions:0.#}%"))),
            jsonBytes);
    }

    private static double Micro => 1_000_000.0 / Stopwatch.Frequency;
}
