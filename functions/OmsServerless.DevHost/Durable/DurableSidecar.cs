using System.Net;
using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using DurableTask.AzureStorage;
using DurableTask.Core;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask.Testing.Sidecar;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using Microsoft.Extensions.Options;
using OmsServerless.DevHost.Diagnostics;
using OmsServerless.Storage;

namespace OmsServerless.DevHost.Durable;

/// <summary>
/// The Durable Task sidecar inside the DevHost: a gRPC task hub server (the same protocol the Durable Functions
/// worker speaks) over an orchestration service, on its own loopback HTTP/2 endpoint. The DevHost's worker and client
/// connect to it through one channel. With the Azure Storage backend on Azurite, orchestrations survive restarts.
/// </summary>
public sealed partial class DurableSidecar(
    IOptions<DevHostOptions> options,
    IOptions<StorageOptions> storage,
    DurableSidecarEndpoint endpoint,
    StorageOperationCounter counter,
    ILoggerFactory loggerFactory,
    ILogger<DurableSidecar> logger) : IHostedService, IAsyncDisposable
{
    private WebApplication? _server;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        DevHostOptions settings = options.Value;
        IOrchestrationService service = await CreateServiceAsync(settings, cancellationToken);
        IOrchestrationService dispatched = settings.DurableBackend switch
        {
            DurableBackend.InMemory => new ConcurrencyWidenedOrchestrationService(service, settings.MaxConcurrentOrchestrations, settings.MaxConcurrentActivities),
            _ when settings.ExtendedSessionIdleTimeout > TimeSpan.Zero => new ExtendedSessionOrchestrationService(service, loggerFactory.CreateLogger<ExtendedSessionOrchestrationService>()),
            _ => service,
        };

        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(loggerFactory);
        builder.Services.Configure<HostOptions>(o => o.ServicesStopConcurrently = true);
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, endpoint.Port, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc();
        builder.Services.AddSingleton(dispatched);
        builder.Services.AddSingleton((IOrchestrationServiceClient)service);
        builder.Services.AddSingleton<TaskHubGrpcServer>();

        _server = builder.Build();
        _server.MapGrpcService<TaskHubGrpcServer>();
        await _server.StartAsync(cancellationToken);
        LogStarted(logger, settings.DurableBackend, settings.TaskHubName, endpoint.Address);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_server is not null)
        {
            await _server.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
            _server = null;
        }
    }

    private async Task<IOrchestrationService> CreateServiceAsync(DevHostOptions settings, CancellationToken cancellationToken)
    {
        if (settings.DurableBackend == DurableBackend.InMemory)
        {
            var inMemory = new InMemoryOrchestrationService(loggerFactory);
            await inMemory.CreateIfNotExistsAsync();
            return inMemory;
        }

        var azureStorage = new AzureStorageOrchestrationService(new AzureStorageOrchestrationServiceSettings
        {
            TaskHubName = settings.TaskHubName,
            StorageAccountClientProvider = CountedProvider(storage.Value.ConnectionString),
            MaxConcurrentTaskOrchestrationWorkItems = settings.MaxConcurrentOrchestrations,
            MaxConcurrentTaskActivityWorkItems = settings.MaxConcurrentActivities,
            MaxQueuePollingInterval = settings.MaxQueuePollingInterval,
            ControlQueueVisibilityTimeout = settings.QueueVisibilityTimeout,
            WorkItemQueueVisibilityTimeout = settings.QueueVisibilityTimeout,
            ControlQueueBufferThreshold = settings.ControlQueueBufferThreshold,
            MaxStorageOperationConcurrency = settings.MaxStorageOperationConcurrency,
            ExtendedSessionsEnabled = settings.ExtendedSessionIdleTimeout > TimeSpan.Zero,
            ExtendedSessionIdleTimeout = settings.ExtendedSessionIdleTimeout,
            LoggerFactory = loggerFactory,
        });

        // The sidecar only starts the service; creating the task hub (queues, tables, containers) is ours to do.
        await azureStorage.CreateIfNotExistsAsync().WaitAsync(cancellationToken);
        return azureStorage;
    }

    private StorageAccountClientProvider CountedProvider(string connectionString)
    {
        var blobs = new BlobClientOptions();
        blobs.AddPolicy(counter.Policy("durable", "blobs"), HttpPipelinePosition.PerCall);
        var queues = new QueueClientOptions();
        queues.AddPolicy(counter.Policy("durable", "queues"), HttpPipelinePosition.PerCall);
        var tables = new TableClientOptions();
        tables.AddPolicy(counter.Policy("durable", "tables"), HttpPipelinePosition.PerCall);
        return new StorageAccountClientProvider(
            StorageServiceClientProvider.ForBlob(connectionString, blobs),
            StorageServiceClientProvider.ForQueue(connectionString, queues),
            StorageServiceClientProvider.ForTable(connectionString, tables));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Durable Task sidecar ({Backend}, task hub {TaskHub}) listening on {Address}")]
    private static partial void LogStarted(ILogger logger, DurableBackend backend, string taskHub, string address);
}
