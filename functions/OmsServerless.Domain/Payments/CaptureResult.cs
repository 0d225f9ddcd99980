namespace OmsServerless.Domain.Payments;

/// <summary>The gateway's answer to a <see cref="CaptureRequest"/>.</summary>
public sealed record CaptureResult
{
    public required PaymentOutcome Outcome { get; init; }

    public required string AuthorizationId { get; init; }

    public string? CaptureId { get; init; }

    public decimal Amount { get; init; }

    public DateTimeOffset? CapturedAt { get; init; }

    public string? ReasonCode { get; init; }

    public string? Message { get; init; }

    public static CaptureResult Failure(string authorizationId, PaymentOutcome outcome, string reasonCode, string message) =>
        new() { AuthorizationId = authorizationId, Outcome = outcome, ReasonCode = reasonCode, Message = message };

    public PaymentCapture ToPaymentCapture()
    {
        if (Outcome != PaymentOutcome.Approved || CaptureId is null || CapturedAt is null)
        {
            throw new InvalidOperationException($"Only a complete approved capture can be recorded; this one is {Outcome}.");
        }

        return new PaymentCapture(CaptureId, Amount, CapturedAt.Value);
    }
}
