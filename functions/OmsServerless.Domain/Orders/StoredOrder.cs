namespace OmsServerless.Domain.Orders;

/// <summary>An order as stored, with the concurrency token its next write must present.</summary>
public sealed record StoredOrder(OrderSnapshot Snapshot, string ETag);
