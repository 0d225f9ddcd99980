using Azure;
using Azure.Data.Tables;

namespace OmsServerless.Storage.Capacity;

/// <summary>Units released to one node for one work day.</summary>
internal sealed class CapacityCounterEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string NodeId { get; set; } = string.Empty;

    public int UnitsReleased { get; set; }
}
