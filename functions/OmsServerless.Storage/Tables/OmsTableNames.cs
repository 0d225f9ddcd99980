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

    /// <summary>Order list views (by customer, status and day) and a per-order pointer to what is indexed.</summary>
    public const string OrderIndex = "OrderIndex";

    /// <summary>Velocity rows per fraud dimension (customer, card, shipping address), sorted by time.</summary>
    public const string FraudHistory = "FraudHistory";

    /// <summary>Idempotency-Key claims, partitioned by caller scope.</summary>
    public const string IdempotencyKeys = "IdempotencyKeys";

    /// <summary>The sandbox payment gateway's records, one partition per collection.</summary>
    public const string SandboxPayments = "SandboxPayments";

    /// <summary>Units released to each node per work day, with a claim per fulfillment order counted.</summary>
    public const string NodeCapacity = "NodeCapacity";

    public static IReadOnlyList<string> All { get; } =
        [Inventory, Nodes, Products, Metadata, FulfillmentOrders, OrderIndex, FraudHistory, IdempotencyKeys, SandboxPayments, NodeCapacity];
}
