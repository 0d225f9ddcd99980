using System.Collections.Concurrent;
using OmsServerless.Domain.Fulfillment;

namespace OmsServerless.Workflows.Tests.Doubles;

public sealed class InMemoryFulfillmentOrderStore : IFulfillmentOrderStore
{
    private readonly ConcurrentDictionary<string, FulfillmentOrder> _orders = new(StringComparer.Ordinal);

    public Task SaveAsync(FulfillmentOrder fulfillmentOrder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fulfillmentOrder);
        _orders[fulfillmentOrder.FulfillmentOrderId] = fulfillmentOrder;
        return Task.CompletedTask;
    }

    public Task<FulfillmentOrder?> FindAsync(string orderId, string fulfillmentOrderId, CancellationToken cancellationToken) =>
        Task.FromResult(_orders.TryGetValue(fulfillmentOrderId, out FulfillmentOrder? found) && found.OrderId == orderId ? found : null);

    public Task<IReadOnlyList<FulfillmentOrder>> ListByOrderAsync(string orderId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<FulfillmentOrder>>([.. _orders.Values.Where(f => f.OrderId == orderId).OrderBy(f => f.FulfillmentOrderId, StringComparer.Ordinal)]);

    public Task<IReadOnlyList<FulfillmentOrder>> ListByNodeAsync(string nodeId, FulfillmentOrderStatus? status, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<FulfillmentOrder>>([.. _orders.Values
            .Where(f => f.NodeId == nodeId && (status is null || f.Status == status))
            .OrderBy(f => f.ReleasedAt)
            .ThenBy(f => f.FulfillmentOrderId, StringComparer.Ordinal)]);
}
