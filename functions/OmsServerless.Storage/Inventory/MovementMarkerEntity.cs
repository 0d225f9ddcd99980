using Azure;
using Azure.Data.Tables;

namespace OmsServerless.Storage.Inventory;

/// <summary>
/// Claims a movement id for a (SKU, node). Inserted in the same transaction as the ledger row, so a second attempt
/// with the same id fails as a whole and points back to the first result.
/// </summary>
internal sealed class MovementMarkerEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    /// <summary>The ledger sequence the movement produced, or <see cref="Voided"/> for an id voided in advance.</summary>
    public long Sequence { get; set; }

    public const long Voided = 0;
}
