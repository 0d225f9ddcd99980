namespace OmsServerless.Domain.Orders;

/// <summary>One line's move within a timeline entry.</summary>
public sealed record LineStatusChange(string LineId, OrderLineStatus From, OrderLineStatus To);
