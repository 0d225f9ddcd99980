namespace OmsServerless.Domain.Payments;

/// <summary>Gives back some or all of one capture; several partial refunds are allowed.</summary>
public sealed record RefundRequest(string IdempotencyKey, string CaptureId, decimal Amount);
