using Azure;
using Azure.Data.Tables;

namespace OmsServerless.Storage.Capacity;

/// <summary>
/// Marks a fulfillment order as counted on its node's work day, with the units it counted; inserted together with
/// the counter's increase, so a retried release finds it and counts nothing. Returned once the units are given back.
/// </summary>
internal sealed class CapacityClaimEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string NodeId { get; set; } = string.Empty;

    public int Units { get; set; }

    /// <summary>The counter shard the units were added to, and are taken back from.</summary>
    public int Shard { get; set; }

    public bool Returned { get; set; }
}
