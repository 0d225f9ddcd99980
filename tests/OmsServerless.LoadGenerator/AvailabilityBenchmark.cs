using Azure.Data.Tables;
using OmsServerless.DevHost.Demo;
using OmsServerless.LocalEmulators;
using OmsServerless.Testing;

namespace OmsServerless.LoadGenerator;

/// <summary>
/// Availability lookups per second through the DevHost (HTTP, auth, JSON, ATP computation) next to raw
/// Azure.Data.Tables reads of the very same rows (the SKU's balance partition range) on the same Azurite, in one run.
/// The ratio says how much of Azurite's read rate the API keeps.
/// </summary>
public static class AvailabilityBenchmark
{
    public static async Task RunAsync(int workers, TimeSpan duration, int demoSkus, CancellationToken cancellationToken)
    {
        AzuriteSettings azurite = BenchmarkEnvironment.FreshAzurite();
        CosmosEmulatorSettings cosmos = BenchmarkEnvironment.FreshCosmos();
        await using EmulatorProcess emulator = await Azurite.EnsureRunningAsync(azurite, log: null, cancellationToken);
        await using EmulatorProcess cosmosEmulator = await CosmosEmulator.EnsureRunningAsync(cosmos, log: null, cancellationToken);
        var (devHost, _) = await DevHostProcess.StartAsync(
            BenchmarkEnvironment.DevHostSettings(azurite, cosmos, startEmulators: false, demoSkus), cancellationToken);
        await using (devHost)
        {
            string[] skus = DemoCatalog.Build(demoSkus).Select(p => p.Sku).ToArray();
            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = workers }) { BaseAddress = new Uri(devHost.BaseUrl) };
            http.DefaultRequestHeaders.Add("X-Api-Key", "demo-storefront-key");
            var table = new TableClient(azurite.ConnectionString, "OmsInventory");

            Func<int, Task> viaDevHost = async n =>
            {
                using HttpResponseMessage response = await http.GetAsync($"/api/inventory/{skus[n % skus.Length]}", cancellationToken);
                response.EnsureSuccessStatusCode();
                await response.Content.ReadAsByteArrayAsync(cancellationToken);
            };
            Func<int, Task> rawTables = async n =>
            {
                string filter = TableClient.CreateQueryFilter($"PartitionKey eq {skus[n % skus.Length]} and RowKey ge {"b|"} and RowKey lt {"b}"}");
                await foreach (TableEntity _ in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
                {
                }
            };

            TimeSpan warmUp = TimeSpan.FromSeconds(3);
            var rounds = new List<(LoadRunner.Result Raw, LoadRunner.Result Api)>();
            for (int round = 1; round <= 2; round++)
            {
                LoadRunner.Result raw = await LoadRunner.RunAsync($"raw Tables query, round {round}", workers, warmUp, duration, rawTables);
                Console.WriteLine(raw);
                LoadRunner.Result api = await LoadRunner.RunAsync($"GET /api/inventory/{{sku}}, round {round}", workers, warmUp, duration, viaDevHost);
                Console.WriteLine(api);
                rounds.Add((raw, api));
            }

            double rawRate = rounds.Average(r => r.Raw.PerSecond);
            double apiRate = rounds.Average(r => r.Api.PerSecond);
            Console.WriteLine($"Availability lookups ({workers} concurrent clients, {skus.Length} SKUs, 2 rounds of {duration.TotalSeconds:N0} s each):");
            Console.WriteLine($"  raw Azure.Data.Tables   {rawRate,8:N0} /s   p50 {rounds.Average(r => r.Raw.P50),6:N2} ms   p99 {rounds.Average(r => r.Raw.P99),6:N2} ms");
            Console.WriteLine($"  through the DevHost     {apiRate,8:N0} /s   p50 {rounds.Average(r => r.Api.P50),6:N2} ms   p99 {rounds.Average(r => r.Api.P99),6:N2} ms");
            Console.WriteLine($"  ratio DevHost / raw     {apiRate / rawRate,8:N2}");
        }
    }
}
