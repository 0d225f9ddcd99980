using Azure;
using Azure.Data.Tables;

namespace OmsServerless.Storage.Idempotency;

/// <summary>
/// One claimed key. PartitionKey is the escaped scope; RowKey is a hash of the key, because client keys may be long
/// and hold any character. The scope and key themselves are kept as columns for whoever reads the table.
/// </summary>
internal sealed class IdempotencyKeyEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Scope { get; set; } = string.Empty;

    public string Key { get; set; } = string.Empty;

    public string Fingerprint { get; set; } = string.Empty;

    public string ResourceId { get; set; } = string.Empty;

    public DateTimeOffset FirstSeenAt { get; set; }
}
