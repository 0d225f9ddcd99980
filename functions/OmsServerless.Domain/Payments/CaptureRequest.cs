namespace OmsServerless.Domain.Payments;

/// <summary>Takes some or all of what an authorization holds; several partial captures are allowed (one per shipment).</summary>
public sealed record CaptureRequest(string IdempotencyKey, string AuthorizationId, decimal Amount);
