namespace OmsServerless.Domain.Orders;

/// <summary>A page of order summaries and the token for the next page (null on the last).</summary>
public sealed record OrderSummaryPage(IReadOnlyList<OrderSummary> Orders, string? ContinuationToken);
