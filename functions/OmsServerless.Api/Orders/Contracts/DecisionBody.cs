namespace OmsServerless.Api.Orders.Contracts;

/// <summary>An operations decision: approve a fraud review or resume a parked order (true), or refuse (false).</summary>
public sealed record DecisionBody(bool? Approve, string? Note);
