using OmsServerless.LocalEmulators;
using OmsServerless.Testing;

namespace OmsServerless.LoadGenerator;

/// <summary>
/// DevHost start times as a developer meets them: cold (no emulator running, empty data: start Azurite and the Cosmos
/// emulator, create tables and containers, seed the demo retailer), restart (data seeded, the last run stopped with
/// Ctrl+C and its emulators with it) and warm (emulators up, data seeded); plus the DevHost's resident memory once
/// seeded.
/// </summary>
public static class StartupBenchmark
{
    public static async Task RunAsync(int demoSkus, CancellationToken cancellationToken)
    {
        AzuriteSettings azurite = BenchmarkEnvironment.FreshAzurite();
        CosmosEmulatorSettings cosmos = BenchmarkEnvironment.FreshCosmos();
        Dictionary<string, string> settings = BenchmarkEnvironment.DevHostSettings(azurite, cosmos, startEmulators: true, demoSkus);
        try
        {
            var (cold, coldTime) = await DevHostProcess.StartAsync(settings, cancellationToken);
            await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);
            double seededRss = cold.ResidentMegabytes();
            await cold.StopAsync(cancellationToken);
            await cold.DisposeAsync();

            var (restart, restartTime) = await DevHostProcess.StartAsync(settings, cancellationToken);
            await restart.StopAsync(cancellationToken);
            await restart.DisposeAsync();

            await using EmulatorProcess runningAzurite = await Azurite.EnsureRunningAsync(azurite, log: null, cancellationToken);
            await using EmulatorProcess runningCosmos = await CosmosEmulator.EnsureRunningAsync(cosmos, log: null, cancellationToken);
            var (warm, warmTime) = await DevHostProcess.StartAsync(settings, cancellationToken);
            double warmRss = warm.ResidentMegabytes();
            await warm.DisposeAsync();

            Console.WriteLine($"DevHost start, demo retailer with {demoSkus} generated SKUs ({BenchmarkEnvironment.Configuration} build):");
            Console.WriteLine($"  cold (start emulators, create storage, seed)   {coldTime.TotalSeconds,6:N1} s");
            Console.WriteLine($"  restart (start emulators, already seeded)      {restartTime.TotalSeconds,6:N1} s");
            Console.WriteLine($"  warm (emulators running, already seeded)       {warmTime.TotalSeconds,6:N1} s");
            Console.WriteLine($"  resident memory after seeding                  {seededRss,6:N0} MB");
            Console.WriteLine($"  resident memory after a warm start             {warmRss,6:N0} MB");
        }
        finally
        {
            BenchmarkEnvironment.TryDelete(azurite.DataDirectory);
            BenchmarkEnvironment.TryDelete(cosmos.DataDirectory);
        }
    }
}
