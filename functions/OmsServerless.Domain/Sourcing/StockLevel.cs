using OmsServerless.Domain.Inventory;

namespace OmsServerless.Domain.Sourcing;

/// <summary>Sellable and inbound units of one SKU at one node, as sourcing sees them.</summary>
/// <param name="Available">Available to promise now.</param>
/// <param name="Inbound">Units on their way to the node; only the backorder fallback may promise them.</param>
public sealed record StockLevel(string Sku, string NodeId, int Available, int Inbound = 0)
{
    public static StockLevel FromBalance(InventoryBalance balance)
    {
        ArgumentNullException.ThrowIfNull(balance);
        return new StockLevel(balance.Sku, balance.NodeId, balance.AvailableToPromise, balance.InTransit);
    }
}
