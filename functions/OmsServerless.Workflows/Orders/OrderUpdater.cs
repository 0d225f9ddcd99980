using OmsServerless.Domain.Orders;

namespace OmsServerless.Workflows.Orders;

/// <summary>
/// Read-modify-write of one order for activities: load, let the aggregate change itself, store with the ETag read,
/// and start over on a concurrent write. A change the aggregate treats as a repeat (no new version) writes nothing,
/// which is what makes retried activities harmless. Versions in a resting status are recorded in the list indexes;
/// the passing statuses of the workflow last milliseconds, and listing them would cost writes nobody reads.
/// </summary>
public sealed class OrderUpdater(IOrderRepository repository, IOrderIndex index, TimeProvider time)
{
    public const string SystemActor = "system:order-workflow";

    private const int MaxConcurrentWriteAttempts = 20;

    private static readonly HashSet<OrderStatus> PassingStatuses =
    [
        OrderStatus.AddressValidated, OrderStatus.FraudAccepted, OrderStatus.PaymentAuthorized, OrderStatus.Allocated,
    ];

    public DateTimeOffset Now => time.GetUtcNow();

    public async Task<Order> LoadAsync(string orderId, CancellationToken cancellationToken)
    {
        StoredOrder stored = await repository.FindAsync(orderId, cancellationToken)
            ?? throw new InvalidOperationException($"Order {orderId} does not exist.");
        return Order.Rehydrate(stored.Snapshot);
    }

    public async Task<Order> UpdateAsync(string orderId, Action<Order> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        (Order order, _) = await UpdateAsync(orderId, order => { change(order); return true; }, cancellationToken);
        return order;
    }

    public async Task<(Order Order, T Result)> UpdateAsync<T>(string orderId, Func<Order, T> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        for (int attempt = 1; ; attempt++)
        {
            StoredOrder stored = await repository.FindAsync(orderId, cancellationToken)
                ?? throw new InvalidOperationException($"Order {orderId} does not exist.");
            Order order = Order.Rehydrate(stored.Snapshot);
            T result = change(order);
            if (order.Version == stored.Snapshot.Version)
            {
                return (order, result);
            }

            try
            {
                StoredOrder saved = await repository.ReplaceAsync(order.ToSnapshot(), stored.ETag, cancellationToken);
                if (!PassingStatuses.Contains(saved.Snapshot.Status))
                {
                    await index.RecordAsync(saved.Snapshot, time.GetUtcNow(), cancellationToken);
                }

                return (order, result);
            }
            catch (OrderConcurrencyException) when (attempt < MaxConcurrentWriteAttempts)
            {
                // Someone else (an API call, another activity) changed the order: apply our change to theirs.
            }
        }
    }
}
