namespace OmsServerless.Domain.Payments;

/// <summary>The gateway's answer to an <see cref="AuthorizationRequest"/>.</summary>
public sealed record AuthorizationResult
{
    public required PaymentOutcome Outcome { get; init; }

    public string? AuthorizationId { get; init; }

    public string? GatewayReference { get; init; }

    /// <summary>What the issuer agreed to hold; zero unless approved.</summary>
    public decimal AuthorizedAmount { get; init; }

    public string? Currency { get; init; }

    public DateTimeOffset? AuthorizedAt { get; init; }

    public DateTimeOffset? ExpiresAt { get; init; }

    /// <summary>One of <see cref="PaymentReasonCodes"/> when not approved.</summary>
    public string? ReasonCode { get; init; }

    public string? Message { get; init; }

    public static AuthorizationResult Failure(PaymentOutcome outcome, string reasonCode, string message) =>
        new() { Outcome = outcome, ReasonCode = reasonCode, Message = message };

    /// <summary>The authorization to record on the order; only an approved result has one.</summary>
    public PaymentAuthorization ToPaymentAuthorization()
    {
        if (Outcome != PaymentOutcome.Approved || AuthorizationId is null || Currency is null || AuthorizedAt is null || ExpiresAt is null)
        {
            throw new InvalidOperationException($"Only a complete approved authorization can be recorded; this one is {Outcome}.");
        }

        return new PaymentAuthorization
        {
            AuthorizationId = AuthorizationId,
            GatewayReference = GatewayReference,
            Currency = Currency,
            AuthorizedAmount = AuthorizedAmount,
            AuthorizedAt = AuthorizedAt.Value,
            ExpiresAt = ExpiresAt.Value,
        };
    }
}
