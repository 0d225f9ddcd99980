namespace OmsServerless.Storage;

/// <summary>Where OmsServerless keeps its state. Bound from the "Storage" configuration section.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Azure Storage connection string (Tables, Blobs, Queues). "UseDevelopmentStorage=true" means Azurite.</summary>
    public string ConnectionString { get; set; } = "UseDevelopmentStorage=true";

    /// <summary>Prefix for every table name, so several environments (or test runs) can share one account.</summary>
    public string TablePrefix { get; set; } = "Oms";

    /// <summary>Prefix of every blob container name (lower case), for the same reason as the table prefix.</summary>
    public string BlobContainerPrefix { get; set; } = string.Empty;

    /// <summary>How long the node directory is cached in memory; nodes change rarely and are read on every lookup.</summary>
    public TimeSpan NodeCacheDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a product is cached in memory after it was read.</summary>
    public TimeSpan ProductCacheDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long rule sets and rate cards are cached; a newly published version is in force everywhere after this.</summary>
    public TimeSpan RuleSetCacheDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How many times a balance update is retried when another writer changed the balance first (optimistic
    /// concurrency). Each retry re-reads the balance, so no update is lost; the budget only bounds hot-spot latency.
    /// </summary>
    public int ConcurrencyRetryLimit { get; set; } = 200;
}
