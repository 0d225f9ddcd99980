namespace OmsServerless.Domain.Payments;

/// <summary>Money given back from one capture.</summary>
public sealed record PaymentRefund(string RefundId, string CaptureId, decimal Amount, DateTimeOffset RefundedAt);
