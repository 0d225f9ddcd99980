using OmsServerless.LocalEmulators;

namespace OmsServerless.LoadGenerator;

/// <summary>
/// DevHost start times as a developer meets them: cold (no Azurite running, empty data: start Azurite, create
/// tables, seed the demo retailer), restart (data seeded, Azurite stopped) and warm (Azurite up, data seeded);
/// plus the DevHost's resident memory once seeded.
/// </summary>
public static class StartupBenchmark
{
    public static async Task RunAsync(int demoSkus, CancellationToken cancellationToken)
    {
        string dll = BenchmarkEnvironment.DevHostDll();
        AzuriteSettings azurite = BenchmarkEnvironment.FreshAzurite();
        try
        {
            var (cold, coldTime) = await DevHostProcess.StartAsync(dll, azurite, startEmulators: true, demoSkus, cancellationToken);
            await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);
            double seededRss = cold.ResidentMegabytes();
            await cold.DisposeAsync();

            var (restart, restartTime) = await DevHostProcess.StartAsync(dll, azurite, startEmulators: true, demoSkus, cancellationToken);
            await restart.DisposeAsync();

            await using EmulatorProcess running = await Azurite.EnsureRunningAsync(azurite, log: null, cancellationToken);
            var (warm, warmTime) = await DevHostProcess.StartAsync(dll, azurite, startEmulators: true, demoSkus, cancellationToken);
            double warmRss = warm.ResidentMegabytes();
            await warm.DisposeAsync();

            Console.WriteLine($"DevHost start, demo retailer with {demoSkus} generated SKUs ({BenchmarkEnvironment.Configuration} build):");
            Console.WriteLine($"  cold (start Azurite, create tables, seed)   {coldTime.TotalSeconds,6:N1} s");
            Console.WriteLine($"  restart (start Azurite, already seeded)     {restartTime.TotalSeconds,6:N1} s");
            Console.WriteLine($"  warm (Azurite running, already seeded)      {warmTime.TotalSeconds,6:N1} s");
            Console.WriteLine($"  resident memory after seeding               {seededRss,6:N0} MB");
            Console.WriteLine($"  resident memory after a warm start          {warmRss,6:N0} MB");
        }
        finally
        {
            TryDelete(azurite.DataDirectory);
        }
    }

    private static void TryDelete(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
