using Azure;
using Azure.Data.Tables;

namespace OmsServerless.Storage.Fraud;

/// <summary>
/// One order seen along one fraud dimension. PartitionKey = "{dimension}|{value}", RowKey = "{placedAt ticks}|{order
/// id}" (see <see cref="FraudHistoryKeys"/>), so a time window is one range scan and re-recording an order overwrites
/// its own row.
/// </summary>
internal sealed class VelocityEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string OrderId { get; set; } = string.Empty;

    public DateTimeOffset PlacedAt { get; set; }

    /// <summary>Invariant-culture decimal: Table Storage has no decimal type and a double would round money.</summary>
    public string Amount { get; set; } = "0";
}
