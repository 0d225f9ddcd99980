using System.Diagnostics;
using Microsoft.Extensions.Options;
using OmsServerless.Domain.Catalog;
using OmsServerless.Domain.Geography;
using OmsServerless.Domain.Inventory;
using OmsServerless.Domain.Network;
using OmsServerless.Storage.Catalog;
using OmsServerless.Storage.Inventory;
using OmsServerless.Storage.Network;
using OmsServerless.Storage.Tables;

namespace OmsServerless.DevHost.Demo;

/// <summary>
/// Loads the demo retailer on first start: network, catalog and opening stock. Idempotent: a marker row records a
/// finished load, and an interrupted load resumes safely because every opening movement has a fixed id.
/// </summary>
public sealed partial class DemoRetailerSeeder(
    TableNodeDirectory nodes,
    TableProductCatalog catalog,
    TableInventorySeeder inventory,
    TableMetadataStore metadata,
    IPostalCodeDirectory postalCodes,
    IOptions<DevHostOptions> options,
    TimeProvider time,
    ILogger<DemoRetailerSeeder> logger)
{
    public const string MarkerKey = "demo-retailer";

    public async Task<bool> SeedIfNeededAsync(CancellationToken cancellationToken)
    {
        int skuCount = options.Value.DemoSkuCount;
        string marker = $"v1;generatedSkus={skuCount}";
        string? existing = await metadata.GetAsync(MarkerKey, cancellationToken);
        if (existing is not null)
        {
            LogAlreadySeeded(logger, existing);
            return false;
        }

        var stopwatch = Stopwatch.StartNew();
        IReadOnlyList<FulfillmentNode> network = DemoNetwork.Build(postalCodes);
        IReadOnlyList<Product> products = DemoCatalog.Build(skuCount);
        LogStarting(logger, network.Count, products.Count);

        await nodes.UpsertAsync(network, cancellationToken);
        await catalog.UpsertAsync(products, cancellationToken);
        LogCatalogLoaded(logger, stopwatch.Elapsed.TotalSeconds);

        DateTimeOffset openedAt = time.GetUtcNow();
        int done = 0, lastReported = 0, balances = 0;
        var parallelism = new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(products, parallelism, async (product, token) =>
        {
            IReadOnlyList<InventoryMovement> movements = DemoStock.For(product, network, openedAt);
            await inventory.SeedSkuAsync(movements, token);
            Interlocked.Add(ref balances, movements.Select(m => m.NodeId).Distinct(StringComparer.Ordinal).Count());
            int finished = Interlocked.Increment(ref done);
            int percent = finished * 10 / products.Count;
            if (percent > Volatile.Read(ref lastReported) && Interlocked.Exchange(ref lastReported, percent) < percent)
            {
                LogProgress(logger, percent * 10, finished, products.Count, stopwatch.Elapsed.TotalSeconds);
            }
        });

        await metadata.SetAsync(MarkerKey, marker, cancellationToken);
        LogFinished(logger, products.Count, balances, stopwatch.Elapsed.TotalSeconds);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo retailer already loaded ({Marker}); skipping seeding.")]
    private static partial void LogAlreadySeeded(ILogger logger, string marker);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeding the demo retailer: {Nodes} nodes, {Products} SKUs...")]
    private static partial void LogStarting(ILogger logger, int nodes, int products);

    [LoggerMessage(Level = LogLevel.Information, Message = "Network and catalog loaded in {Seconds:0.0} s; loading opening stock...")]
    private static partial void LogCatalogLoaded(ILogger logger, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Opening stock {Percent}% ({Done}/{Total} SKUs, {Seconds:0.0} s)")]
    private static partial void LogProgress(ILogger logger, int percent, int done, int total, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo retailer seeded: {Products} SKUs, {Balances} balances in {Seconds:0.0} s.")]
    private static partial void LogFinished(ILogger logger, int products, int balances, double seconds);
}
