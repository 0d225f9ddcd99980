using OmsServerless.DevHost.Durable;

namespace OmsServerless.DevHost;

/// <summary>How the DevHost runs locally. Bound from the "DevHost" configuration section.</summary>
public sealed class DevHostOptions
{
    public const string SectionName = "DevHost";

    /// <summary>Start Azurite from the repository's node_modules when nothing listens on its ports.</summary>
    public bool StartEmulators { get; set; } = true;

    /// <summary>Azurite's data folder; relative paths are under the repository root.</summary>
    public string AzuriteDataDirectory { get; set; } = ".local/azurite";

    public int AzuriteBlobPort { get; set; } = 10000;

    public int AzuriteQueuePort { get; set; } = 10001;

    public int AzuriteTablePort { get; set; } = 10002;

    /// <summary>Seed the demo retailer on first start.</summary>
    public bool SeedDemoRetailer { get; set; } = true;

    /// <summary>Generated SKUs on top of the showcase ones; tests use fewer to start fast.</summary>
    public int DemoSkuCount { get; set; } = 1200;

    /// <summary>Where orchestration state lives: Azure Storage on Azurite (durable, as in Azure) or in memory.</summary>
    public DurableBackend DurableBackend { get; set; } = DurableBackend.AzureStorage;

    /// <summary>The DevHost's own task hub; a real Functions host sharing the storage account uses another.</summary>
    public string TaskHubName { get; set; } = "OmsDevHost";

    /// <summary>Loopback HTTP/2 port of the in-process Durable Task sidecar; 0 picks a free one.</summary>
    public int DurableSidecarPort { get; set; }

    /// <summary>
    /// Work items in flight at once. Most of an order's time is spent waiting on storage, and the sidecar's dispatcher,
    /// once at the limit, looks for more only every half second, with nothing to wake it sooner. At 32 a burst of orders
    /// left a core idle; at 128 a burst of 300 in-memory orders still reached it once its activities queued behind
    /// Azurite, and every process stood idle for 100–300 ms at a time (in 2 of 5 runs the burst took 54–57 orders/s
    /// instead of 73–77). At 1,024 none of 14 runs stalled (72–87 orders/s), and the Azure Storage backend was no
    /// slower. Storage requests wait in Azurite's queue either way.
    /// </summary>
    public int MaxConcurrentOrchestrations { get; set; } = 1024;

    /// <inheritdoc cref="MaxConcurrentOrchestrations"/>
    public int MaxConcurrentActivities { get; set; } = 1024;

    /// <summary>Longest pause between polls of idle orchestration queues; short keeps a quiet DevHost responsive.</summary>
    public TimeSpan MaxQueuePollingInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>
    /// How long a message a crashed DevHost had taken stays invisible before another picks it up. Durable Functions
    /// uses five minutes; a DevHost that restarts in seconds should not leave orders stalled that long. Messages under
    /// work are renewed, so this does not cut long activities short.
    /// </summary>
    public TimeSpan QueueVisibilityTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Orchestration messages the Azure Storage backend takes off its control queues ahead of processing them. The
    /// provider's own default, 64, stalled a burst of orders with CPU to spare (20–21 orders/s, 1.4–1.5 cores busy);
    /// 256, Durable Functions' default on dedicated plans, gave 24–26 orders/s. With room in the buffer the queues are
    /// polled more often: about 5 more requests per order.
    /// </summary>
    public int ControlQueueBufferThreshold { get; set; } = 256;

    /// <summary>
    /// Storage requests the Azure Storage backend has in flight at once; its default (25 per core, 50 here) is sized
    /// for remote storage accounts, and Azurite answers from this machine.
    /// </summary>
    public int MaxStorageOperationConcurrency { get; set; } = 200;

    /// <summary>
    /// How long the Azure Storage backend keeps an orchestration's state in memory after an episode, waiting for its next
    /// messages (Durable Functions' extended sessions, same default). Zero turns sessions off: every episode then reads
    /// the instance's history back from storage.
    /// </summary>
    public TimeSpan ExtendedSessionIdleTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public int CosmosPort { get; set; } = 8081;

    /// <summary>The Cosmos emulator's write journal; relative paths are under the repository root.</summary>
    public string CosmosDataDirectory { get; set; } = ".local/cosmos";
}
