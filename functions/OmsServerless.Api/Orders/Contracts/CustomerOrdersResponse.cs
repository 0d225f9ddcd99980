using OmsServerless.Domain.Orders;

namespace OmsServerless.Api.Orders.Contracts;

/// <summary>A page of a customer's orders, newest first.</summary>
public sealed record CustomerOrdersResponse(string CustomerId, IReadOnlyList<OrderSummary> Orders, string? ContinuationToken);
