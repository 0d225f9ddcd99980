using OmsServerless.Domain.Fulfillment;

namespace OmsServerless.Domain.Orders;

/// <summary>One row of an order list (customer history, operations views).</summary>
public sealed record OrderSummary(
    string OrderId,
    string CustomerId,
    SalesChannel Channel,
    OrderStatus Status,
    decimal Total,
    string Currency,
    int LineCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
