using OmsServerless.Domain.Orders;

namespace OmsServerless.Workflows.Orders;

/// <summary>
/// Read-modify-write of one order for activities: load, let the aggregate change itself, store with the ETag read,
/// and start over on a concurrent write. A change the aggregate treats as a repeat (no new version) writes nothing,
/// which is what makes retried activities harmless. An activity that changes the order twice continues from the
/// version it just wrote instead of reading it again; its ETag still guards the write, and a change that turns out a
/// repeat on that version is confirmed on a fresh read. Versions in a resting status are recorded in the list
/// indexes; the passing statuses of the workflow last milliseconds, and listing them would cost writes nobody reads.
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

    public async Task<Order> LoadAsync(string orderId, CancellationToken cancellationToken) =>
        Order.Rehydrate((await ReadAsync(orderId, cancellationToken)).Snapshot);

    public async Task<StoredOrder> ReadAsync(string orderId, CancellationToken cancellationToken) =>
        await repository.FindAsync(orderId, cancellationToken)
        ?? throw new InvalidOperationException($"Order {orderId} does not exist.");

    public async Task<Order> UpdateAsync(string orderId, Action<Order> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        (Order order, _) = await UpdateAsync(orderId, order => { change(order); return true; }, cancellationToken);
        return order;
    }

    public async Task<(Order Order, T Result)> UpdateAsync<T>(string orderId, Func<Order, T> change, CancellationToken cancellationToken)
    {
        OrderEdit<T> edit = await EditAsync(await ReadAsync(orderId, cancellationToken), isFresh: true, change, cancellationToken);
        return (edit.Order, edit.Result);
    }

    /// <summary>Changes the order starting from a version this activity read (<see cref="ReadAsync"/>) or wrote moments ago.</summary>
    public async Task<(Order Order, StoredOrder Stored)> UpdateAsync(StoredOrder latest, Action<Order> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(latest);
        ArgumentNullException.ThrowIfNull(change);
        OrderEdit<bool> edit = await EditAsync(latest, isFresh: false, order => { change(order); return true; }, cancellationToken);
        return (edit.Order, edit.Stored);
    }

    private async Task<OrderEdit<T>> EditAsync<T>(StoredOrder stored, bool isFresh, Func<Order, T> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        for (int attempt = 1; ; attempt++)
        {
            Order order = Order.Rehydrate(stored.Snapshot);
            T result = change(order);
            if (order.Version == stored.Snapshot.Version)
            {
                if (isFresh)
                {
                    return new OrderEdit<T>(order, stored, result);
                }

                stored = await ReadAsync(order.Id, cancellationToken);
                isFresh = true;
                continue;
            }

            try
            {
                StoredOrder saved = await repository.ReplaceAsync(order.ToSnapshot(), stored.ETag, cancellationToken);
                if (!PassingStatuses.Contains(saved.Snapshot.Status))
                {
                    await index.RecordAsync(saved.Snapshot, time.GetUtcNow(), cancellationToken);
                }

                return new OrderEdit<T>(order, saved, result);
            }
            catch (OrderConcurrencyException) when (attempt < MaxConcurrentWriteAttempts)
            {
                // Someone else (an API call, another activity) changed the order: apply our change to theirs.
                stored = await ReadAsync(order.Id, cancellationToken);
                isFresh = true;
            }
        }
    }

    /// <summary>The order after a change, as stored (with the ETag for a next change), and what the change returned.</summary>
    private sealed record OrderEdit<T>(Order Order, StoredOrder Stored, T Result);
}
