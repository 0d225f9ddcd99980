namespace OmsServerless.Domain.Payments;

/// <summary>The gateway's answer to a <see cref="RefundRequest"/>.</summary>
public sealed record RefundResult
{
    public required PaymentOutcome Outcome { get; init; }

    public required string CaptureId { get; init; }

    public string? RefundId { get; init; }

    public decimal Amount { get; init; }

    public DateTimeOffset? RefundedAt { get; init; }

    public string? ReasonCode { get; init; }

    public string? Message { get; init; }

    public static RefundResult Failure(string captureId, PaymentOutcome outcome, string reasonCode, string message) =>
        new() { CaptureId = captureId, Outcome = outcome, ReasonCode = reasonCode, Message = message };

    public PaymentRefund ToPaymentRefund()
    {
        if (Outcome != PaymentOutcome.Approved || RefundId is null || RefundedAt is null)
        {
            throw new InvalidOperationException($"Only a complete approved refund can be recorded; this one is {Outcome}.");
        }

        return new PaymentRefund(RefundId, CaptureId, Amount, RefundedAt.Value);
    }
}
