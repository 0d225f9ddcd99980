namespace OmsServerless.Domain.Orders;

/// <summary>The order documents: one point read or write per call, guarded by ETags.</summary>
public interface IOrderRepository
{
    Task<StoredOrder?> FindAsync(string orderId, CancellationToken cancellationToken);

    /// <summary>
    /// Stores a new order. Creating an order id that exists returns the stored one with <c>Created = false</c>, so a
    /// retried create never makes a second order.
    /// </summary>
    Task<(StoredOrder Order, bool Created)> CreateAsync(OrderSnapshot order, CancellationToken cancellationToken);

    /// <summary>Replaces the order if it is still at <paramref name="etag"/>.</summary>
    /// <exception cref="OrderConcurrencyException">Someone else wrote it first.</exception>
    Task<StoredOrder> ReplaceAsync(OrderSnapshot order, string etag, CancellationToken cancellationToken);
}
