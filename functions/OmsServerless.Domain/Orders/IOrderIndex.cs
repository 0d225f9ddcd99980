namespace OmsServerless.Domain.Orders;

/// <summary>
/// List views of orders, kept beside the documents because the document store serves point reads only. Recording
/// the same snapshot twice is harmless; recording an older version than the one indexed changes nothing.
/// </summary>
public interface IOrderIndex
{
    Task RecordAsync(OrderSnapshot order, DateTimeOffset updatedAt, CancellationToken cancellationToken);

    /// <summary>A customer's orders, newest first.</summary>
    Task<OrderSummaryPage> ListByCustomerAsync(string customerId, int pageSize, string? continuationToken, CancellationToken cancellationToken);

    /// <summary>Orders currently in a status, oldest first (the work that has waited longest comes first).</summary>
    Task<OrderSummaryPage> ListByStatusAsync(OrderStatus status, int pageSize, string? continuationToken, CancellationToken cancellationToken);

    /// <summary>Orders placed on a UTC day, newest first.</summary>
    Task<OrderSummaryPage> ListByDayAsync(DateOnly day, int pageSize, string? continuationToken, CancellationToken cancellationToken);
}
