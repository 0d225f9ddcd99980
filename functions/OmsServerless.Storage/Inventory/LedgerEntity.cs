using Azure;
using Azure.Data.Tables;
using OmsServerless.Domain.Inventory;

namespace OmsServerless.Storage.Inventory;

/// <summary>An append-only ledger row: the movement and the balance it produced.</summary>
internal sealed class LedgerEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string NodeId { get; set; } = string.Empty;

    public long Sequence { get; set; }

    public string MovementId { get; set; } = string.Empty;

    public string Type { get; set; } = string.Empty;

    public int Quantity { get; set; }

    public int OnHand { get; set; }

    public int Reserved { get; set; }

    public int SafetyStock { get; set; }

    public int Unavailable { get; set; }

    public int InTransit { get; set; }

    public DateTimeOffset OccurredAt { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public string Actor { get; set; } = string.Empty;

    public string? Reason { get; set; }

    public string? Reference { get; set; }

    public static LedgerEntity From(LedgerEntry entry) => new()
    {
        PartitionKey = entry.After.Sku,
        RowKey = InventoryKeys.Ledger(entry.After.NodeId, entry.Sequence),
        NodeId = entry.After.NodeId,
        Sequence = entry.Sequence,
        MovementId = entry.MovementId,
        Type = entry.Type.ToString(),
        Quantity = entry.Quantity,
        OnHand = entry.After.OnHand,
        Reserved = entry.After.Reserved,
        SafetyStock = entry.After.SafetyStock,
        Unavailable = entry.After.Unavailable,
        InTransit = entry.After.InTransit,
        OccurredAt = entry.OccurredAt,
        RecordedAt = entry.RecordedAt,
        Actor = entry.Actor,
        Reason = entry.Reason,
        Reference = entry.Reference,
    };

    public LedgerEntry ToEntry() => new(
        Sequence,
        MovementId,
        Enum.Parse<MovementType>(Type),
        Quantity,
        new InventoryBalance(PartitionKey, NodeId, OnHand, Reserved, SafetyStock, Unavailable, InTransit),
        OccurredAt,
        RecordedAt,
        Actor,
        Reason,
        Reference);
}
