using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using OmsServerless.DevHost.Demo;
using OmsServerless.LocalEmulators;
using OmsServerless.Testing;

namespace OmsServerless.LoadGenerator;

/// <summary>
/// Orders per second from POST to "released" through the DevHost, with the Durable Task backend on Azurite (as
/// Durable Functions runs in Azure) and in memory, in one run; latency per order from its own timeline (capture to
/// release); the storage operations one order costs; and that cost set against Azurite's raw write rate measured on
/// the same emulator.
/// </summary>
public static class OrdersBenchmark
{
    public static async Task RunAsync(int orders, int concurrency, IReadOnlyList<string> backends, CancellationToken cancellationToken)
    {
        foreach (string backend in backends)
        {
            await RunBackendAsync(backend, orders, concurrency, cancellationToken);
        }
    }

    /// <summary>
    /// One backend on emulators of its own, so neither backend's figures carry the other's data (Azurite keeps every
    /// table in one in-memory database that it saves whole).
    /// </summary>
    private static async Task RunBackendAsync(string backend, int orders, int concurrency, CancellationToken cancellationToken)
    {
        AzuriteSettings azurite = BenchmarkEnvironment.FreshAzurite();
        CosmosEmulatorSettings cosmos = BenchmarkEnvironment.FreshCosmos();
        try
        {
            await using EmulatorProcess azuriteProcess = await Azurite.EnsureRunningAsync(azurite, log: null, cancellationToken);
            await using EmulatorProcess cosmosProcess = await CosmosEmulator.EnsureRunningAsync(cosmos, log: null, cancellationToken);
            double rawWrites = await RawTableWriteRateAsync(azurite, concurrency, TimeSpan.FromSeconds(10), cancellationToken);
            Console.WriteLine($"Azurite raw write rate (single-entity inserts, {concurrency} writers): {rawWrites:N0} /s");

            Dictionary<string, string> settings = BenchmarkEnvironment.DevHostSettings(azurite, cosmos, startEmulators: false, demoSkus: 20);
            settings["DevHost:DurableBackend"] = backend;
            settings["DevHost:TaskHubName"] = "Bench" + backend;
            foreach (string setting in Environment.GetEnvironmentVariable("OMS_BENCH_SETTINGS")?.Split(';', StringSplitOptions.RemoveEmptyEntries) ?? [])
            {
                settings[setting.Split('=')[0]] = setting.Split('=', 2)[1];
            }

            (DevHostProcess devHost, _) = await DevHostProcess.StartAsync(settings, cancellationToken);
            await using (devHost)
            {
                var cpu = new ProcessCpu(new Dictionary<string, IReadOnlyList<int>>
                {
                    ["DevHost"] = [devHost.ProcessId],
                    ["Azurite"] = azuriteProcess.ProcessIds,
                    ["Cosmos emulator"] = cosmosProcess.ProcessIds,
                    ["load generator"] = [Environment.ProcessId],
                });
                Result result = await MeasureAsync(devHost, cpu, orders, concurrency, cancellationToken);
                Console.WriteLine(result.Describe(backend, rawWrites));
            }
        }
        finally
        {
            BenchmarkEnvironment.TryDelete(azurite.DataDirectory);
            BenchmarkEnvironment.TryDelete(cosmos.DataDirectory);
        }
    }

    private const int WarmUpRounds = 2;

    private const int WarmUpOrders = 100;

    private static async Task<Result> MeasureAsync(DevHostProcess devHost, ProcessCpu cpu, int orders, int concurrency, CancellationToken cancellationToken)
    {
        using HttpClient wms = Client(devHost, "demo-wms-key", concurrency);
        using HttpClient storefront = Client(devHost, "demo-storefront-key", concurrency);
        foreach (string sku in Skus)
        {
            foreach (string dc in new[] { "DC-MEMPHIS", "DC-ONTARIO" })
            {
                (await wms.PostAsJsonAsync("/api/inventory/adjustments", new
                {
                    movementId = $"bench-stock-{sku}-{dc}", sku, nodeId = dc, type = "receipt", quantity = 100_000,
                }, cancellationToken)).EnsureSuccessStatusCode();
            }
        }

        // Warm-up: after only 20 orders a fresh DevHost still spent a fifth of its burst CPU in the JIT (tiered
        // compilation recompiling hot methods), which a service that has been running does not pay. The runtime starts
        // counting a method's calls only once it has gone 100 ms without compiling new methods, which a busy warm-up
        // never does; after one round the methods it made hot were still recompiled during the burst (a tenth of the
        // DevHost's processor time), so a second round gives them their calls.
        for (int round = 0; round < WarmUpRounds; round++)
        {
            await PlaceAndWaitAsync(storefront, WarmUpOrders, concurrency, cancellationToken);
            await WaitUntilSettledAsync(cpu, cancellationToken);
        }

        IReadOnlyDictionary<string, long> before = await CountsAsync(storefront, cancellationToken);
        IReadOnlyDictionary<string, TimeSpan> cpuBefore = cpu.Snapshot();
        var burst = Stopwatch.StartNew();
        (List<(string OrderId, string CustomerId)> placed, int polls) = await PlaceAndWaitAsync(storefront, orders, concurrency, cancellationToken);
        IReadOnlyDictionary<string, TimeSpan> cpuAfter = cpu.Snapshot();
        IReadOnlyDictionary<string, double> cores = ProcessCpu.CoresBetween(cpuBefore, cpuAfter, burst.Elapsed);
        var cpuPerOrder = cpuAfter.ToDictionary(p => p.Key, p => (p.Value - cpuBefore[p.Key]) / placed.Count, StringComparer.Ordinal);
        IReadOnlyDictionary<string, long> after = await CountsAsync(storefront, cancellationToken);
        List<string> ids = [.. placed.Select(p => p.OrderId)];

        // Waiting reads each customer's order list: one index query per poll, taken out of the order's own cost.
        var perOrder = after.Keys.ToDictionary(
            key => key,
            key => (after[key] - before.GetValueOrDefault(key) - (key == "app.tables" ? polls : 0)) / (double)ids.Count,
            StringComparer.Ordinal);

        BatchTimes burstTimes = await TimesAsync(storefront, ids, cancellationToken);

        // One shopper at a time: what an order takes when it does not queue behind hundreds of others.
        var alone = new List<string>();
        for (int i = 0; i < 20; i++)
        {
            alone.AddRange((await PlaceAndWaitAsync(storefront, 1, 1, cancellationToken)).Placed.Select(p => p.OrderId));
        }

        List<double> unloaded = (await TimesAsync(storefront, alone, cancellationToken)).Latencies;
        List<double> loaded = burstTimes.Latencies;
        return new Result(
            ids.Count, ids.Count / (burstTimes.LastReleased - burstTimes.FirstCaptured).TotalSeconds, Percentile(loaded, 50), Percentile(loaded, 99), loaded[^1],
            burstTimes.Resourced, Percentile(unloaded, 50), Percentile(unloaded, 99), perOrder, cores, cpuPerOrder,
            burstTimes.LastCaptured - burstTimes.FirstCaptured, burstTimes.LastReleased - burstTimes.LastCaptured, burstTimes.Stages);
    }

    /// <summary>
    /// Waits (at most half a minute) until the DevHost is nearly idle. Methods that ran often during the warm-up are
    /// compiled again, optimized, on a background thread; after a warm-up of a few seconds (the in-memory backend's) that
    /// backlog would otherwise run during the burst and take a quarter of the DevHost's CPU, which a service that has
    /// been running does not spend.
    /// </summary>
    private static async Task WaitUntilSettledAsync(ProcessCpu cpu, CancellationToken cancellationToken)
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < TimeSpan.FromSeconds(30))
        {
            IReadOnlyDictionary<string, TimeSpan> before = cpu.Snapshot();
            var second = Stopwatch.StartNew();
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
            if (ProcessCpu.CoresBetween(before, cpu.Snapshot(), second.Elapsed)["DevHost"] < 0.05)
            {
                Console.WriteLine($"DevHost settled {waited.Elapsed.TotalSeconds:N0} s after the warm-up");
                return;
            }
        }

        Console.WriteLine("DevHost still busy 30 s after the warm-up; measuring anyway");
    }

    /// <summary>Reads the timeline of every order of a batch (see <see cref="BatchTimes"/>).</summary>
    private static async Task<BatchTimes> TimesAsync(HttpClient storefront, IEnumerable<string> ids, CancellationToken cancellationToken)
    {
        var latencies = new List<double>();
        var sinceCapture = new Dictionary<string, List<double>>(StringComparer.Ordinal);
        DateTimeOffset first = DateTimeOffset.MaxValue, last = DateTimeOffset.MinValue, lastCaptured = DateTimeOffset.MinValue;
        int resourced = 0;
        foreach (string id in ids)
        {
            JsonElement order = await storefront.GetFromJsonAsync<JsonElement>($"/api/orders/{id}", cancellationToken);
            DateTimeOffset created = order.GetProperty("createdAt").GetDateTimeOffset();
            JsonElement[] timeline = [.. order.GetProperty("timeline").EnumerateArray()];
            DateTimeOffset released = timeline.First(e => e.GetProperty("event").GetString() == "released").GetProperty("at").GetDateTimeOffset();
            // Shipment ids carry the sourcing round ("R2-..."): a later round means the first plan lost a reservation race.
            resourced += order.GetProperty("lines").EnumerateArray()
                .SelectMany(line => line.GetProperty("allocations").EnumerateArray())
                .Any(allocation => !allocation.GetProperty("shipmentId").GetString()!.StartsWith("R1-", StringComparison.Ordinal)) ? 1 : 0;
            latencies.Add((released - created).TotalMilliseconds);
            foreach (JsonElement entry in timeline.DistinctBy(e => e.GetProperty("event").GetString()))
            {
                string name = entry.GetProperty("event").GetString()!;
                if (!sinceCapture.TryGetValue(name, out List<double>? times))
                {
                    sinceCapture[name] = times = [];
                }

                times.Add((entry.GetProperty("at").GetDateTimeOffset() - created).TotalMilliseconds);
            }

            first = created < first ? created : first;
            last = released > last ? released : last;
            lastCaptured = created > lastCaptured ? created : lastCaptured;
        }

        latencies.Sort();
        List<(string, double)> stages = [.. sinceCapture
            .Select(stage => (stage.Key, Median: Percentile([.. stage.Value.Order()], 50)))
            .OrderBy(stage => stage.Median)];
        return new BatchTimes(latencies, first, lastCaptured, last, resourced, stages);
    }

    /// <summary>Places orders from concurrent clients, then waits until every one is released.</summary>
    private static async Task<(List<(string OrderId, string CustomerId)> Placed, int Polls)> PlaceAndWaitAsync(
        HttpClient storefront, int orders, int concurrency, CancellationToken cancellationToken)
    {
        var ids = new List<(string OrderId, string CustomerId)>();
        int next = 0;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(async () =>
        {
            while (Interlocked.Increment(ref next) <= orders)
            {
                (string, string) id = await PlaceAsync(storefront, cancellationToken);
                lock (ids)
                {
                    ids.Add(id);
                }
            }
        }, cancellationToken)));

        // Orders are released roughly in the order they were placed, so while the burst runs only the newest is polled;
        // by the time it is released nearly every other one is too, and checking those costs a read each after the
        // burst rather than during it, where the reads would load the table service the burst is waiting on.
        int polls = 0;
        foreach ((string id, string customer) in Enumerable.Reverse(ids))
        {
            while (true)
            {
                polls++;
                JsonElement list = await storefront.GetFromJsonAsync<JsonElement>($"/api/customers/{customer}/orders", cancellationToken);
                string status = list.GetProperty("orders")[0].GetProperty("status").GetString()!;
                if (status == "released")
                {
                    break;
                }

                if (status is "rejected" or "awaitingFraudReview" or "parkedForReview" or "cancelled")
                {
                    JsonElement order = await storefront.GetFromJsonAsync<JsonElement>($"/api/orders/{id}", cancellationToken);
                    string last = string.Join(" | ", order.GetProperty("timeline").EnumerateArray().TakeLast(3).Select(e => e.ToString()));
                    throw new InvalidOperationException($"Order {id} ended {status} ({last}); the benchmark expects every order to be released.");
                }

                await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
            }
        }

        return (ids, polls);
    }

    private static async Task<(string OrderId, string CustomerId)> PlaceAsync(HttpClient storefront, CancellationToken cancellationToken)
    {
        string customer = "bench-" + Guid.NewGuid().ToString("N")[..12];
        (string zip, string city, string state) = Destinations[Random.Shared.Next(Destinations.Length)];
        object address = new { line1 = $"{Random.Shared.Next(100, 999)} Main St", city, region = state, postalCode = zip, country = "US" };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/orders")
        {
            Content = JsonContent.Create(new
            {
                channel = "web",
                customerId = customer,
                customerEmail = customer + "@example.com",
                shippingAddress = address,
                billingAddress = address,
                currency = "USD",
                paymentToken = "tok_visa_" + customer,
                lines = new[] { new { lineId = "1", sku = Skus[Random.Shared.Next(Skus.Length)], quantity = 1, unitPrice = 19.00m, deliveryMethod = "shipToAddress" } },
            }),
        };
        request.Headers.Add("Idempotency-Key", customer);
        using HttpResponseMessage response = await storefront.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        return ((await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("orderId").GetString()!, customer);
    }

    /// <summary>Shoppers across the country buying a spread of SKUs, as real traffic does (one hot SKU is a different test).</summary>
    private static readonly string[] Skus = [DemoCatalog.EverydayTee, .. DemoCatalog.Build(20).Skip(DemoCatalog.Showcase.Count).Select(p => p.Sku)];

    private static readonly (string Zip, string City, string State)[] Destinations =
    [
        ("10001", "New York", "NY"), ("02116", "Boston", "MA"), ("19103", "Philadelphia", "PA"), ("20004", "Washington", "DC"),
        ("30305", "Atlanta", "GA"), ("33131", "Miami", "FL"), ("28202", "Charlotte", "NC"), ("37203", "Nashville", "TN"),
        ("60611", "Chicago", "IL"), ("55403", "Minneapolis", "MN"), ("63101", "Saint Louis", "MO"), ("48226", "Detroit", "MI"),
        ("75201", "Dallas", "TX"), ("77056", "Houston", "TX"), ("85016", "Phoenix", "AZ"), ("80202", "Denver", "CO"),
        ("98101", "Seattle", "WA"), ("94108", "San Francisco", "CA"), ("90036", "Los Angeles", "CA"), ("92101", "San Diego", "CA"),
    ];

    private static async Task<double> RawTableWriteRateAsync(AzuriteSettings azurite, int writers, TimeSpan duration, CancellationToken cancellationToken)
    {
        var table = new TableClient(azurite.ConnectionString, "RawWrites");
        await table.CreateIfNotExistsAsync(cancellationToken);
        LoadRunner.Result result = await LoadRunner.RunAsync("raw Tables insert", writers, TimeSpan.FromSeconds(2), duration, async n =>
            await table.AddEntityAsync(new TableEntity("p" + (n % 64).ToString(CultureInfo.InvariantCulture), Guid.NewGuid().ToString("N")) { ["Value"] = n }, cancellationToken));

        // Azurite saves its whole database every few seconds; the calibration rows are not the OMS's to pay for.
        await table.DeleteAsync(cancellationToken);
        return result.PerSecond;
    }

    private static async Task<IReadOnlyDictionary<string, long>> CountsAsync(HttpClient client, CancellationToken cancellationToken) =>
        (await client.GetFromJsonAsync<Dictionary<string, long>>("/devhost/storage-operations", cancellationToken))!;

    private static HttpClient Client(DevHostProcess devHost, string apiKey, int connections)
    {
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections * 2 }) { BaseAddress = new Uri(devHost.BaseUrl) };
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }

    private static double Percentile(List<double> sorted, double percentile) =>
        sorted[Math.Clamp((int)Math.Ceiling(percentile / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

    /// <summary>
    /// A batch of orders from their own timelines: each one's capture-to-release time (sorted), when the first and last
    /// were captured and the last released, how many were sourced more than once (they lost a reservation race), and
    /// the median time from capture to each step.
    /// </summary>
    private sealed record BatchTimes(
        List<double> Latencies,
        DateTimeOffset FirstCaptured,
        DateTimeOffset LastCaptured,
        DateTimeOffset LastReleased,
        int Resourced,
        IReadOnlyList<(string Event, double MedianMs)> Stages);

    private sealed record Result(
        int Orders,
        double PerSecond,
        double P50,
        double P99,
        double Slowest,
        int Resourced,
        double AloneP50,
        double AloneP99,
        IReadOnlyDictionary<string, double> OperationsPerOrder,
        IReadOnlyDictionary<string, double> CoresBusy,
        IReadOnlyDictionary<string, TimeSpan> CpuPerOrder,
        TimeSpan CaptureSpan,
        TimeSpan ReleaseTail,
        IReadOnlyList<(string Event, double MedianMs)> Stages)
    {
        public string Describe(string backend, double rawWrites)
        {
            double azuriteOps = OperationsPerOrder.Where(o => !o.Key.EndsWith(".cosmos", StringComparison.Ordinal)).Sum(o => o.Value);
            double allowed = rawWrites / azuriteOps;
            var text = new System.Text.StringBuilder();
            text.AppendLine(CultureInfo.InvariantCulture, $"{backend}: {Orders} orders, {PerSecond:N1} orders/s from capture to released, p50 {P50:N0} ms, p99 {P99:N0} ms (queued behind the burst)");
            text.AppendLine(CultureInfo.InvariantCulture, $"    slowest {Slowest:N0} ms; {Resourced} orders sourced again after losing a reservation race");
            text.AppendLine(CultureInfo.InvariantCulture,
                $"    captures spread over {CaptureSpan.TotalSeconds:N1} s; the last release came {ReleaseTail.TotalSeconds:N1} s after the last capture");
            text.AppendLine(CultureInfo.InvariantCulture,
                $"    median time from capture to each step in the burst: {string.Join(", ", Stages.Select(stage => $"{stage.Event} {stage.MedianMs:N0} ms"))}");
            text.AppendLine(CultureInfo.InvariantCulture, $"    one order at a time: p50 {AloneP50:N0} ms, p99 {AloneP99:N0} ms from capture to released");
            foreach ((string key, double value) in OperationsPerOrder)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    {key,-16} {value,7:N1} requests per order");
            }

            text.AppendLine(CultureInfo.InvariantCulture,
                $"    cores busy during the burst ({Environment.ProcessorCount} on this machine): {string.Join(", ", CoresBusy.Select(c => $"{c.Key} {c.Value:N2}"))}");
            text.AppendLine(CultureInfo.InvariantCulture,
                $"    processor time per order: {string.Join(", ", CpuPerOrder.Select(c => $"{c.Key} {c.Value.TotalMilliseconds:N1} ms"))}; Azurite {CpuPerOrder["Azurite"].TotalMilliseconds / azuriteOps:N3} ms per request, {1000 / rawWrites:N3} ms per raw insert at the raw rate");
            text.Append(CultureInfo.InvariantCulture,
                $"    Azurite requests per order {azuriteOps:N1}: the raw write rate allows {allowed:N1} orders/s; achieved {PerSecond / allowed:P0} of that");
            return text.ToString();
        }
    }
}
