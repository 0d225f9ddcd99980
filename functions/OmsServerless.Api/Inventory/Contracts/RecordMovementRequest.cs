namespace OmsServerless.Api.Inventory.Contracts;

/// <summary>
/// A stock movement from a WMS, a store or an operator. <see cref="MovementId"/> is the caller's idempotency key:
/// sending the same movement again changes nothing and returns the first result.
/// </summary>
/// <param name="Type">receipt, inbound (advance ship notice), adjustment (signed), cycleCount (absolute on hand), damage, or safetyStockChange (absolute).</param>
/// <param name="OccurredAt">When it happened on the floor; defaults to when it was received.</param>
public sealed record RecordMovementRequest(
    string? MovementId,
    string? Sku,
    string? NodeId,
    string? Type,
    int? Quantity,
    string? Reason,
    string? Reference,
    DateTimeOffset? OccurredAt);
