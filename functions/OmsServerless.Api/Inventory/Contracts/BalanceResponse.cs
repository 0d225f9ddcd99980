using OmsServerless.Domain.Inventory;

namespace OmsServerless.Api.Inventory.Contracts;

public sealed record BalanceResponse(
    string Sku, string NodeId, int OnHand, int Reserved, int SafetyStock, int Unavailable, int InTransit, int Atp)
{
    public static BalanceResponse From(InventoryBalance balance)
    {
        ArgumentNullException.ThrowIfNull(balance);
        return new(balance.Sku, balance.NodeId, balance.OnHand, balance.Reserved, balance.SafetyStock,
            balance.Unavailable, balance.InTransit, balance.AvailableToPromise);
    }
}
