namespace OmsServerless.Domain.Inventory;

/// <summary>One applied movement in the append-only ledger of a (SKU, node) balance.</summary>
/// <param name="Sequence">Gapless per (SKU, node), starting at 1: the balance version the movement produced.</param>
/// <param name="After">The balance right after this movement, so the ledger can be audited and replayed.</param>
public sealed record LedgerEntry(
    long Sequence,
    string MovementId,
    MovementType Type,
    int Quantity,
    InventoryBalance After,
    DateTimeOffset OccurredAt,
    DateTimeOffset RecordedAt,
    string Actor,
    string? Reason,
    string? Reference);
