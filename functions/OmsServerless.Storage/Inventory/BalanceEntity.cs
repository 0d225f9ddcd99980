using Azure;
using Azure.Data.Tables;
using OmsServerless.Domain.Inventory;

namespace OmsServerless.Storage.Inventory;

/// <summary>The balance row of a (SKU, node); <see cref="Version"/> is the sequence of its latest ledger entry.</summary>
internal sealed class BalanceEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public int OnHand { get; set; }

    public int Reserved { get; set; }

    public int SafetyStock { get; set; }

    public int Unavailable { get; set; }

    public int InTransit { get; set; }

    public long Version { get; set; }

    public static BalanceEntity From(InventoryBalance balance, long version) => new()
    {
        PartitionKey = balance.Sku,
        RowKey = InventoryKeys.Balance(balance.NodeId),
        OnHand = balance.OnHand,
        Reserved = balance.Reserved,
        SafetyStock = balance.SafetyStock,
        Unavailable = balance.Unavailable,
        InTransit = balance.InTransit,
        Version = version,
    };

    public InventoryBalance ToBalance() =>
        new(PartitionKey, InventoryKeys.NodeOfBalance(RowKey), OnHand, Reserved, SafetyStock, Unavailable, InTransit);
}
