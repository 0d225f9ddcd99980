namespace OmsServerless.Api.Orders.Contracts;

/// <summary>Cancel the whole order (no line ids) or some lines, and say why.</summary>
public sealed record CancelOrderBody(IReadOnlyList<string>? LineIds, string? Reason);
