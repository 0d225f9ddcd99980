namespace OmsServerless.Domain.Inventory;

/// <summary>
/// A requested change to one balance. <see cref="MovementId"/> is the caller's idempotency key: a movement id is
/// applied at most once per (SKU, node).
/// </summary>
public sealed record InventoryMovement(
    string MovementId,
    MovementType Type,
    string Sku,
    string NodeId,
    int Quantity,
    DateTimeOffset OccurredAt,
    string Actor,
    string? Reason = null,
    string? Reference = null);
