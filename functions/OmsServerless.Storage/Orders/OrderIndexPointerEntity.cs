using System.Runtime.Serialization;
using System.Text.Json;
using Azure;
using Azure.Data.Tables;

namespace OmsServerless.Storage.Orders;

/// <summary>
/// What the index holds for one order: the version indexed, where its status row is, and the status rows it has left
/// whose removal markers may not be written yet (a writer that stopped half-way leaves them for the next one).
/// Lives in the customer's partition, beside the customer list row it changes together with.
/// </summary>
internal sealed class OrderIndexPointerEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string OrderId { get; set; } = string.Empty;

    public long Version { get; set; }

    public string StatusPartition { get; set; } = string.Empty;

    public string StatusRowKey { get; set; } = string.Empty;

    /// <summary>JSON array of <see cref="IndexedStatusRow"/>.</summary>
    public string PendingRemovals { get; set; } = "[]";

    [IgnoreDataMember]
    public IndexedStatusRow StatusRow => new(StatusPartition, StatusRowKey);

    [IgnoreDataMember]
    public IReadOnlyList<IndexedStatusRow> Pending
    {
        get => JsonSerializer.Deserialize<List<IndexedStatusRow>>(PendingRemovals) ?? [];
        set => PendingRemovals = JsonSerializer.Serialize(value);
    }
}
