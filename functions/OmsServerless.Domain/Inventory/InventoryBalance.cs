namespace OmsServerless.Domain.Inventory;

/// <summary>The stock position of one SKU at one node.</summary>
/// <param name="OnHand">Units physically at the node.</param>
/// <param name="Reserved">Units promised to orders and not yet shipped.</param>
/// <param name="SafetyStock">Units held back from selling to absorb count errors and walk-in demand.</param>
/// <param name="Unavailable">Units on hand that cannot be sold (damaged, on hold).</param>
/// <param name="InTransit">Units on their way to the node; not sellable until received.</param>
public sealed record InventoryBalance(
    string Sku,
    string NodeId,
    int OnHand,
    int Reserved,
    int SafetyStock,
    int Unavailable,
    int InTransit)
{
    public static InventoryBalance Empty(string sku, string nodeId) => new(sku, nodeId, 0, 0, 0, 0, 0);

    /// <summary>Available to promise: on hand less reserved, safety stock and unavailable, never below zero.</summary>
    public int AvailableToPromise => Math.Max(0, OnHand - Reserved - SafetyStock - Unavailable);
}
