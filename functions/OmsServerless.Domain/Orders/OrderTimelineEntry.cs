namespace OmsServerless.Domain.Orders;

/// <summary>
/// One change to the order: what happened, who did it (e.g. "system:orchestrator", "customer", "operations:alice"),
/// when and why, and the status it moved the order and its lines between.
/// </summary>
/// <param name="Version">The order version this change produced; versions in a timeline increase by one.</param>
/// <param name="Detail">Facts worth keeping with the change (authorization id and amount, node ids, fired rules).</param>
public sealed record OrderTimelineEntry(
    long Version,
    DateTimeOffset At,
    string Actor,
    OrderEventKind Event,
    OrderStatus FromStatus,
    OrderStatus ToStatus,
    string? Reason = null,
    string? Detail = null,
    IReadOnlyList<LineStatusChange>? LineChanges = null);
