using System.Globalization;

namespace OmsServerless.Domain.Payments;

/// <summary>
/// One card authorization and the money moved against it: the rules every capture, refund and void must respect,
/// shared by the order (which records what happened) and the sandbox gateway (which enforces it as a real one would).
/// Immutable: each change returns a new instance.
/// </summary>
/// <remarks>
/// Rules: a capture never exceeds the authorized amount minus what is already captured or reversed, and never happens
/// after expiry or void; a reversal gives back at most what is still held, and never after expiry or void; a refund
/// never exceeds its capture minus what is already refunded from it; a void is refused once anything was captured.
/// Captures, reversals and refunds are keyed by id, so recording the same one twice is a no-op.
/// </remarks>
public sealed record PaymentAuthorization
{
    public required string AuthorizationId { get; init; }

    /// <summary>The gateway's own reference (network transaction id, PSP reference) for support and reconciliation.</summary>
    public string? GatewayReference { get; init; }

    public required string Currency { get; init; }

    public required decimal AuthorizedAmount { get; init; }

    public required DateTimeOffset AuthorizedAt { get; init; }

    /// <summary>From this instant on the issuer releases the hold and nothing more can be captured.</summary>
    public required DateTimeOffset ExpiresAt { get; init; }

    public IReadOnlyList<PaymentCapture> Captures { get; init; } = [];

    public IReadOnlyList<PaymentRefund> Refunds { get; init; } = [];

    public IReadOnlyList<PaymentReversal> Reversals { get; init; } = [];

    public DateTimeOffset? VoidedAt { get; init; }

    public decimal CapturedAmount => Captures.Sum(capture => capture.Amount);

    public decimal RefundedAmount => Refunds.Sum(refund => refund.Amount);

    public decimal ReversedAmount => Reversals.Sum(reversal => reversal.Amount);

    /// <summary>What is still on hold and could be captured, ignoring expiry.</summary>
    public decimal RemainingAmount => VoidedAt is null ? AuthorizedAmount - ReversedAmount - CapturedAmount : 0m;

    public PaymentAuthorizationStatus Status =>
        (VoidedAt, CapturedAmount, RefundedAmount) switch
        {
            ({ }, _, _) => PaymentAuthorizationStatus.Voided,
            (_, 0m, _) => PaymentAuthorizationStatus.Authorized,
            (_, var captured, var refunded) when refunded == captured => PaymentAuthorizationStatus.Refunded,
            (_, _, > 0m) => PaymentAuthorizationStatus.PartiallyRefunded,
            (_, var captured, _) when captured == AuthorizedAmount - ReversedAmount => PaymentAuthorizationStatus.Captured,
            _ => PaymentAuthorizationStatus.PartiallyCaptured,
        };

    public bool IsExpiredAt(DateTimeOffset instant) => instant >= ExpiresAt;

    public PaymentRuleViolation? CheckCapture(decimal amount, DateTimeOffset at)
    {
        if (CheckAmount(amount) is { } invalidAmount)
        {
            return invalidAmount;
        }

        if (VoidedAt is not null)
        {
            return new(PaymentReasonCodes.AuthorizationVoided, $"Authorization {AuthorizationId} was voided; nothing can be captured.");
        }

        if (IsExpiredAt(at))
        {
            return new(
                PaymentReasonCodes.AuthorizationExpired,
                $"Authorization {AuthorizationId} expired at {ExpiresAt:O}; authorize again before capturing.");
        }

        if (amount > RemainingAmount)
        {
            return new(
                PaymentReasonCodes.CaptureExceedsAuthorized,
                $"Cannot capture {Format(amount)}: {Format(RemainingAmount)} of {Format(AuthorizedAmount)} is left on authorization {AuthorizationId}.");
        }

        return null;
    }

    public PaymentRuleViolation? CheckRefund(string captureId, decimal amount)
    {
        if (CheckAmount(amount) is { } invalidAmount)
        {
            return invalidAmount;
        }

        PaymentCapture? capture = Captures.FirstOrDefault(candidate => candidate.CaptureId == captureId);
        if (capture is null)
        {
            return new(PaymentReasonCodes.CaptureNotFound, $"Authorization {AuthorizationId} has no capture {captureId}.");
        }

        decimal refundable = capture.Amount - RefundedFrom(captureId);
        if (amount > refundable)
        {
            return new(
                PaymentReasonCodes.RefundExceedsCaptured,
                $"Cannot refund {Format(amount)}: {Format(refundable)} of capture {captureId} ({Format(capture.Amount)}) is left to refund.");
        }

        return null;
    }

    public PaymentRuleViolation? CheckReversal(decimal amount, DateTimeOffset at)
    {
        if (CheckAmount(amount) is { } invalidAmount)
        {
            return invalidAmount;
        }

        if (VoidedAt is not null)
        {
            return new(PaymentReasonCodes.AuthorizationVoided, $"Authorization {AuthorizationId} was voided; nothing is held to give back.");
        }

        if (IsExpiredAt(at))
        {
            return new(PaymentReasonCodes.AuthorizationExpired, $"Authorization {AuthorizationId} expired at {ExpiresAt:O}; the issuer has released its hold.");
        }

        return amount > RemainingAmount
            ? new(
                PaymentReasonCodes.ReversalExceedsRemaining,
                $"Cannot give back {Format(amount)}: {Format(RemainingAmount)} of {Format(AuthorizedAmount)} is still held on authorization {AuthorizationId}.")
            : null;
    }

    public PaymentRuleViolation? CheckVoid()
    {
        if (Captures.Count > 0)
        {
            return new(
                PaymentReasonCodes.VoidAfterCapture,
                $"Authorization {AuthorizationId} has {Format(CapturedAmount)} captured; refund it instead of voiding.");
        }

        return VoidedAt is null
            ? null
            : new(PaymentReasonCodes.AuthorizationVoided, $"Authorization {AuthorizationId} is already voided.");
    }

    /// <summary>Adds a capture; the same capture id again returns this authorization unchanged.</summary>
    public PaymentAuthorization WithCapture(PaymentCapture capture)
    {
        ArgumentNullException.ThrowIfNull(capture);
        if (Captures.Any(existing => existing.CaptureId == capture.CaptureId))
        {
            return this;
        }

        ThrowIfViolated(CheckCapture(capture.Amount, capture.CapturedAt));
        return this with { Captures = [.. Captures, capture] };
    }

    /// <summary>Adds a refund; the same refund id again returns this authorization unchanged.</summary>
    public PaymentAuthorization WithRefund(PaymentRefund refund)
    {
        ArgumentNullException.ThrowIfNull(refund);
        if (Refunds.Any(existing => existing.RefundId == refund.RefundId))
        {
            return this;
        }

        ThrowIfViolated(CheckRefund(refund.CaptureId, refund.Amount));
        return this with { Refunds = [.. Refunds, refund] };
    }

    /// <summary>Adds a reversal; the same reversal id again returns this authorization unchanged.</summary>
    public PaymentAuthorization WithReversal(PaymentReversal reversal)
    {
        ArgumentNullException.ThrowIfNull(reversal);
        if (HasReversal(reversal.ReversalId))
        {
            return this;
        }

        ThrowIfViolated(CheckReversal(reversal.Amount, reversal.ReversedAt));
        return this with { Reversals = [.. Reversals, reversal] };
    }

    public PaymentAuthorization WithVoid(DateTimeOffset voidedAt)
    {
        ThrowIfViolated(CheckVoid());
        return this with { VoidedAt = voidedAt };
    }

    public bool HasCapture(string captureId) => Captures.Any(capture => capture.CaptureId == captureId);

    public bool HasReversal(string reversalId) => Reversals.Any(reversal => reversal.ReversalId == reversalId);

    private decimal RefundedFrom(string captureId) =>
        Refunds.Where(refund => refund.CaptureId == captureId).Sum(refund => refund.Amount);

    private PaymentRuleViolation? CheckAmount(decimal amount)
    {
        if (amount <= 0m)
        {
            return new(PaymentReasonCodes.InvalidAmount, $"Amount must be positive, not {Format(amount)}.");
        }

        return IsoCurrency.IsKnown(Currency) && !IsoCurrency.FitsMinorUnits(amount, Currency)
            ? new(PaymentReasonCodes.InvalidAmount, $"{Format(amount)} has more decimals than {Currency} allows.")
            : null;
    }

    private string Format(decimal amount) => string.Create(CultureInfo.InvariantCulture, $"{amount} {Currency}");

    private static void ThrowIfViolated(PaymentRuleViolation? violation)
    {
        if (violation is not null)
        {
            throw new PaymentRuleException(violation);
        }
    }
}
