namespace OmsServerless.Storage.Tables;

/// <summary>The tables OmsServerless owns, each prefixed with <see cref="StorageOptions.TablePrefix"/>.</summary>
public static class OmsTableNames
{
    /// <summary>Balances, their ledger and movement-id markers, partitioned by SKU.</summary>
    public const string Inventory = "Inventory";

    public const string Nodes = "Nodes";

    public const string Products = "Products";

    /// <summary>Facts about the deployment itself, such as which demo data set was seeded.</summary>
    public const string Metadata = "Metadata";

    /// <summary>Fulfillment orders by node (work queues) and by order.</summary>
    public const string FulfillmentOrders = "FulfillmentOrders";

    public static IReadOnlyList<string> All { get; } = [Inventory, Nodes, Products, Metadata, FulfillmentOrders];
}
