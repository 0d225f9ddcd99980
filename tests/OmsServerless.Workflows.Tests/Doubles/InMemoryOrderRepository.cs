using System.Collections.Concurrent;
using OmsServerless.Domain.Orders;

namespace OmsServerless.Workflows.Tests.Doubles;

/// <summary>Order documents in memory with ETag semantics like Cosmos DB's.</summary>
public sealed class InMemoryOrderRepository : IOrderRepository
{
    private readonly ConcurrentDictionary<string, StoredOrder> _orders = new(StringComparer.Ordinal);

    public Task<StoredOrder?> FindAsync(string orderId, CancellationToken cancellationToken) =>
        Task.FromResult(_orders.GetValueOrDefault(orderId));

    public Task<(StoredOrder Order, bool Created)> CreateAsync(OrderSnapshot order, CancellationToken cancellationToken)
    {
        var stored = new StoredOrder(order, NewETag());
        return Task.FromResult(_orders.TryAdd(order.OrderId, stored) ? (stored, true) : (_orders[order.OrderId], false));
    }

    public Task<StoredOrder> ReplaceAsync(OrderSnapshot order, string etag, CancellationToken cancellationToken)
    {
        StoredOrder current = _orders[order.OrderId];
        var replacement = new StoredOrder(order, NewETag());
        return current.ETag == etag && _orders.TryUpdate(order.OrderId, replacement, current)
            ? Task.FromResult(replacement)
            : throw new OrderConcurrencyException(order.OrderId);
    }

    public OrderSnapshot Get(string orderId) => _orders[orderId].Snapshot;

    private static string NewETag() => Guid.NewGuid().ToString("N");
}
