namespace OmsServerless.Domain.Payments;

/// <summary>The gateway's answer to a <see cref="ReversalRequest"/>.</summary>
public sealed record ReversalResult
{
    public required PaymentOutcome Outcome { get; init; }

    public required string AuthorizationId { get; init; }

    public string? ReversalId { get; init; }

    public decimal Amount { get; init; }

    public DateTimeOffset? ReversedAt { get; init; }

    public string? ReasonCode { get; init; }

    public string? Message { get; init; }

    public static ReversalResult Failure(string authorizationId, PaymentOutcome outcome, string reasonCode, string message) =>
        new() { AuthorizationId = authorizationId, Outcome = outcome, ReasonCode = reasonCode, Message = message };

    public PaymentReversal ToPaymentReversal()
    {
        if (Outcome != PaymentOutcome.Approved || ReversalId is null || ReversedAt is null)
        {
            throw new InvalidOperationException($"Only a complete approved reversal can be recorded; this one is {Outcome}.");
        }

        return new PaymentReversal(ReversalId, Amount, ReversedAt.Value);
    }
}
