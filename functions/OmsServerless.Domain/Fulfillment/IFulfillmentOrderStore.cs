namespace OmsServerless.Domain.Fulfillment;

/// <summary>Fulfillment orders by node (the node's work queue) and by order.</summary>
public interface IFulfillmentOrderStore
{
    /// <summary>Creates or updates a fulfillment order; saving the same one again is harmless.</summary>
    Task SaveAsync(FulfillmentOrder fulfillmentOrder, CancellationToken cancellationToken);

    /// <summary>One fulfillment order of an order, or null when it was never saved.</summary>
    Task<FulfillmentOrder?> FindAsync(string orderId, string fulfillmentOrderId, CancellationToken cancellationToken);

    Task<IReadOnlyList<FulfillmentOrder>> ListByOrderAsync(string orderId, CancellationToken cancellationToken);

    /// <summary>A node's fulfillment orders, oldest first, optionally only those in one status.</summary>
    Task<IReadOnlyList<FulfillmentOrder>> ListByNodeAsync(string nodeId, FulfillmentOrderStatus? status, CancellationToken cancellationToken);
}
