namespace OmsServerless.Domain.Payments;

/// <summary>The gateway's answer to a <see cref="VoidRequest"/>.</summary>
public sealed record VoidResult
{
    public required PaymentOutcome Outcome { get; init; }

    public required string AuthorizationId { get; init; }

    public DateTimeOffset? VoidedAt { get; init; }

    public string? ReasonCode { get; init; }

    public string? Message { get; init; }

    public static VoidResult Failure(string authorizationId, PaymentOutcome outcome, string reasonCode, string message) =>
        new() { AuthorizationId = authorizationId, Outcome = outcome, ReasonCode = reasonCode, Message = message };
}
