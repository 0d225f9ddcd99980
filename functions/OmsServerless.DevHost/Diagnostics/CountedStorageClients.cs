using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OmsServerless.Domain.Orders;
using OmsServerless.Storage;
using OmsServerless.Storage.Cosmos;

namespace OmsServerless.DevHost.Diagnostics;

/// <summary>
/// Registers the application's storage clients with request counting, ahead of the storage layer's own registration
/// (which then keeps these), and serves the counts at GET /devhost/storage-operations.
/// </summary>
public static class CountedStorageClients
{
    public const string Route = "/devhost/storage-operations";

    public static IServiceCollection AddCountedStorageClients(this IServiceCollection services)
    {
        services.TryAddSingleton<StorageOperationCounter>();
        services.TryAddSingleton(sp =>
        {
            var options = new TableClientOptions();
            options.AddPolicy(sp.GetRequiredService<StorageOperationCounter>().Policy("app", "tables"), HttpPipelinePosition.PerCall);
            return new TableServiceClient(sp.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString, options);
        });
        services.TryAddSingleton(sp =>
        {
            var options = new BlobClientOptions();
            options.AddPolicy(sp.GetRequiredService<StorageOperationCounter>().Policy("app", "blobs"), HttpPipelinePosition.PerCall);
            return new BlobServiceClient(sp.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString, options);
        });
        services.TryAddSingleton<CosmosClient>(sp => CosmosClientFactory.Create(
            sp.GetRequiredService<IOptions<CosmosOptions>>().Value,
            OrderJson.Options,
            options => options.CustomHandlers.Add(sp.GetRequiredService<StorageOperationCounter>().CosmosHandler("app"))));
        return services;
    }

    public static IEndpointRouteBuilder MapStorageOperations(this IEndpointRouteBuilder app)
    {
        app.MapGet(Route, (StorageOperationCounter counter) => Results.Json(counter.Snapshot())).ExcludeFromDescription();
        return app;
    }
}
