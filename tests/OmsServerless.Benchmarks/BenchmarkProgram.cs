using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace OmsServerless.Benchmarks;

/// <summary>Entry point: "bdn" runs the BenchmarkDotNet throughput benchmark, "report" the one-run report, "digest" the decision characterization check.</summary>
public static class BenchmarkProgram
{
    public const string Usage = """
        Usage:
          dotnet run -c Release --project tests/OmsServerless.Benchmarks -- bdn [BenchmarkDotNet options]
          dotnet run -c Release --project tests/OmsServerless.Benchmarks -- report [--sizes 50,500,2000] [--decisions 20000] [--warmup-seconds 4]
                     [--quality-sizes 50,500,2000] [--quality-orders 100] [--solver-seconds 60] [--seed 11]
          dotnet run -c Release --project tests/OmsServerless.Benchmarks -- digest [--sizes 50,500,2000] [--orders 400] [--seed 11]
        """;

    public static int Run(string[] args)
    {
        switch (args.FirstOrDefault())
        {
            case "bdn":
                // Tiered compilation with dynamic PGO needs thousands of decisions to settle; few warmups measure half-optimised code.
                IConfig config = DefaultConfig.Instance.AddJob(
                    Job.Default.WithLaunchCount(1).WithWarmupCount(25).WithIterationCount(10).WithAffinity(1));
                BenchmarkSwitcher.FromTypes([typeof(ThroughputBenchmarks)]).Run([.. args.Skip(1)], config);
                return 0;
            case "report":
                ReportRunner.Run(ReportRunner.Parse(args), Console.Out);
                return 0;
            case "digest":
                DecisionDigest.Run(DecisionDigest.Parse(args), Console.Out);
                return 0;
            default:
                Console.Error.WriteLine(Usage);
                return 1;
        }
    }
}
