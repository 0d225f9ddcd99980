using System.Collections.Concurrent;
using System.Globalization;
using OmsServerless.Domain.Orders;

namespace OmsServerless.Workflows.Tests.Doubles;

/// <summary>The newest indexed version of each order, listed the way the Table index lists them.</summary>
public sealed class InMemoryOrderIndex : IOrderIndex
{
    private readonly ConcurrentDictionary<string, (OrderSnapshot Order, DateTimeOffset UpdatedAt)> _orders = new(StringComparer.Ordinal);

    public long IndexedVersion(string orderId) => _orders.TryGetValue(orderId, out var entry) ? entry.Order.Version : 0;

    public Task RecordAsync(OrderSnapshot order, DateTimeOffset updatedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        _orders.AddOrUpdate(order.OrderId, (order, updatedAt), (_, known) => known.Order.Version >= order.Version ? known : (order, updatedAt));
        return Task.CompletedTask;
    }

    public Task<OrderSummaryPage> ListByCustomerAsync(string customerId, int pageSize, string? continuationToken, CancellationToken cancellationToken) =>
        Page(_orders.Values.Where(e => e.Order.CustomerId == customerId).OrderByDescending(e => e.Order.CreatedAt), pageSize, continuationToken);

    public Task<OrderSummaryPage> ListByStatusAsync(OrderStatus status, int pageSize, string? continuationToken, CancellationToken cancellationToken) =>
        Page(_orders.Values.Where(e => e.Order.Status == status).OrderBy(e => e.Order.CreatedAt), pageSize, continuationToken);

    public Task<OrderSummaryPage> ListByDayAsync(DateOnly day, int pageSize, string? continuationToken, CancellationToken cancellationToken) =>
        Page(_orders.Values.Where(e => DateOnly.FromDateTime(e.Order.CreatedAt.UtcDateTime) == day).OrderByDescending(e => e.Order.CreatedAt), pageSize, continuationToken);

    private static Task<OrderSummaryPage> Page(IEnumerable<(OrderSnapshot Order, DateTimeOffset UpdatedAt)> ordered, int pageSize, string? continuationToken)
    {
        int skip = continuationToken is null ? 0 : int.Parse(continuationToken, CultureInfo.InvariantCulture);
        var all = ordered.ToList();
        OrderSummary[] page = [.. all.Skip(skip).Take(pageSize).Select(e => Summary(e.Order, e.UpdatedAt))];
        string? next = skip + page.Length < all.Count ? (skip + page.Length).ToString(CultureInfo.InvariantCulture) : null;
        return Task.FromResult(new OrderSummaryPage(page, next));
    }

    private static OrderSummary Summary(OrderSnapshot order, DateTimeOffset updatedAt) => new(
        order.OrderId, order.CustomerId, order.Channel, order.Status,
        order.Lines.Where(l => l.IsActive).Sum(l => l.LineTotal), order.Currency, order.Lines.Count, order.CreatedAt, updatedAt);
}
