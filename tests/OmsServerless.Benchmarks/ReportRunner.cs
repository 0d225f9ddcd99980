using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace OmsServerless.Benchmarks;

/// <summary>
/// The "report" mode: latency and throughput per network size, then quality against the OR-Tools optimum and the
/// baseline, all printed in one run. The process is pinned to one core so "decisions per second" means one core.
/// </summary>
public static class ReportRunner
{
    public sealed record Options(int[] LatencySizes, int Decisions, double WarmupSeconds, int[] QualitySizes, int QualityOrders, int SolverTimeLimitSeconds, int Seed);

    public static Options Parse(string[] args) => new(
        Sizes(args, "--sizes", [50, 500, 2000]),
        Number(args, "--decisions", 20_000),
        Number(args, "--warmup-seconds", 4),
        Sizes(args, "--quality-sizes", [50, 500, 2000]),
        Number(args, "--quality-orders", 100),
        Number(args, "--solver-seconds", 60),
        Number(args, "--seed", 11));

    public static void Run(Options options, TextWriter output)
    {
        PinToOneCore(output);
        output.WriteLine(Invariant($"Machine: {Environment.ProcessorCount} logical cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, load average {LoadAverage()}"));
        output.WriteLine();
        output.WriteLine("Latency and throughput: 3-line ship-to-address orders, default rule set, explanations included, one thread");
        output.WriteLine(Invariant($"{"nodes",6} {"decisions",10} {"decisions/s",12} {"per CPU-s",10} {"mean µs",9} {"p50 µs",8} {"p99 µs",8} {"max µs",9} {"json B",7}  search modes"));
        foreach (int nodes in options.LatencySizes)
        {
            LatencyReport.Row row = LatencyReport.Measure(nodes, options.Decisions, options.Seed, options.WarmupSeconds);
            output.WriteLine(Invariant($"{row.Nodes,6} {row.Decisions,10} {row.DecisionsPerSecond,12:N0} {row.DecisionsPerCpuSecond,10:N0} {row.MeanMicros,9:0.0} {row.P50Micros,8:0.0} {row.P99Micros,8:0.0} {row.MaxMicros,9:0.0} {row.AverageJsonBytes,7}  {row.Modes}"));
        }

        output.WriteLine();
        output.WriteLine(Invariant($"Quality: total cost (shipping + handling + labour) against the exact optimum (OR-Tools SCIP, {options.SolverTimeLimitSeconds} s limit) and the nearest-node-with-full-stock baseline"));
        output.WriteLine("Cost-only rule set (weights: shippingCost 1, laborCost 1; any node type; units may split). Orders stock cannot fill completely are skipped.");
        output.WriteLine(Invariant($"{"nodes",6} {"mode",-27} {"n",4} {"skip",4} {"Σengine/Σopt",12} {"mean ratio",10} {"worst",7} {"=opt",6} {"≤1%",6} {"Σbase/Σopt",10} {"saving vs base",14} {"MIP s",6}"));
        foreach (int nodes in options.QualitySizes)
        {
            foreach (QualityReport.Row row in QualityReport.Measure(nodes, options.QualityOrders, options.Seed + nodes, options.SolverTimeLimitSeconds))
            {
                output.WriteLine(Invariant($"{row.Nodes,6} {row.Mode,-27} {row.Instances,4} {row.Skipped,4} {row.TotalRatioToOptimum,12:0.00000} {row.MeanRatioToOptimum,10:0.00000} {row.WorstRatioToOptimum,7:0.0000} {row.ShareAtOptimum,6:P0} {row.ShareWithinOnePercent,6:P0} {row.BaselineTotalRatioToOptimum,10:0.0000} {row.SavingVersusBaseline,14:P2} {row.MeanSolverSeconds,6:0.00}"));
                if (row.NotProvenOptimal > 0)
                {
                    output.WriteLine(Invariant($"       note: {row.NotProvenOptimal} optimum(s) not proven within the time limit; their best bound was used"));
                }
            }
        }
    }

    private static void PinToOneCore(TextWriter output)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsWindows())
        {
            output.WriteLine("Cannot pin to one core on this OS; measuring on one thread.");
            return;
        }

        try
        {
            Process.GetCurrentProcess().ProcessorAffinity = 1;
            output.WriteLine("Pinned to core 0.");
        }
        catch (Exception ex) when (ex is PlatformNotSupportedException or System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            output.WriteLine($"Could not pin to one core ({ex.Message}); measuring on one thread.");
        }
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    public static int[] Sizes(string[] args, string name, int[] fallback)
    {
        int at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? [.. args[at + 1].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture))] : fallback;
    }

    public static int Number(string[] args, string name, int fallback)
    {
        int at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
