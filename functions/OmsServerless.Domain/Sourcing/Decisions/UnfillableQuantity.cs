namespace OmsServerless.Domain.Sourcing.Decisions;

/// <summary>Units of a line that were neither allocated nor backordered.</summary>
public sealed record UnfillableQuantity(string LineId, string Sku, int Quantity, UnfillableReason Reason, string Detail);
