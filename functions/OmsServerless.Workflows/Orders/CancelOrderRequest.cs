namespace OmsServerless.Workflows.Orders;

/// <summary>A request to cancel the whole order (no line ids) or some lines.</summary>
public sealed record CancelOrderRequest(IReadOnlyList<string>? LineIds, string Reason, string Actor);
