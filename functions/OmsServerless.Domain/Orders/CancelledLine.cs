namespace OmsServerless.Domain.Orders;

/// <summary>
/// A line a cancellation just cancelled, with what it held before: the orchestrator releases these allocations'
/// reservations and adjusts the payment by <see cref="Amount"/>.
/// </summary>
public sealed record CancelledLine(string LineId, OrderLineStatus PreviousStatus, IReadOnlyList<LineAllocation> Allocations, decimal Amount);
