using System.Globalization;
using Microsoft.Extensions.Options;
using OmsServerless.Domain.Payments;

namespace OmsServerless.Storage.Payments;

/// <summary>
/// A payment gateway that behaves like real gateways' test modes: outcomes are chosen by the token
/// (<see cref="SandboxTokens"/>), authorizations hold an amount until they expire, captures, reversals and refunds
/// may be partial and repeated, and every call is idempotent by its key (a retried call never charges twice, also under
/// parallel calls). Money rules are the domain's (<see cref="PaymentAuthorization"/>). State lives behind
/// <see cref="ISandboxPaymentStore"/>; when that store itself fails, its exception reaches the caller after the
/// idempotency key is released, so an immediate retry with the same key proceeds and still charges once.
/// </summary>
public sealed class SandboxPaymentGateway : IPaymentGateway
{
    private const int MaxIdempotencyKeyLength = 255;

    /// <summary>What a "timeout once" token answers to the first attempt, whose change did take effect.</summary>
    private const string AcquirerTimedOut = "No answer from the sandbox acquirer; retry with the same key.";

    // Conditional writes lost to parallel calls on the same authorization before the caller is asked to retry.
    private const int MaxWriteRounds = 16;

    private readonly ISandboxPaymentStore store;
    private readonly TimeProvider timeProvider;
    private readonly TimeSpan authorizationLifetime;
    private readonly SandboxIdempotencyGuard guard;

    public SandboxPaymentGateway(ISandboxPaymentStore store, TimeProvider timeProvider, IOptions<SandboxPaymentGatewayOptions> options)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(options);
        SandboxPaymentGatewayOptions settings = options.Value;
        if (settings.AuthorizationLifetime <= TimeSpan.Zero || settings.InProgressLease <= TimeSpan.Zero)
        {
            throw new ArgumentException("Authorization lifetime and in-progress lease must be positive.", nameof(options));
        }

        this.store = store;
        this.timeProvider = timeProvider;
        authorizationLifetime = settings.AuthorizationLifetime;
        guard = new SandboxIdempotencyGuard(store, timeProvider, settings.InProgressLease);
    }

    public Task<AuthorizationResult> AuthorizeAsync(AuthorizationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        (string Code, string Message)? invalid = CheckKey(request.IdempotencyKey)
            ?? Require(request.OrderId, PaymentReasonCodes.OrderIdRequired, "An order id is required.")
            ?? Require(request.PaymentToken, PaymentReasonCodes.InvalidToken, "A payment token is required.")
            ?? CheckCurrencyAndAmount(request.Currency, request.Amount);
        return RunValidatedAsync(
            invalid,
            request.IdempotencyKey,
            () => Fingerprint("authorize", request.OrderId, request.PaymentToken, Canonical(request.Amount), request.Currency),
            (attempt, token) => AuthorizeOnceAsync(request, attempt, token),
            AuthorizationResult.Failure,
            cancellationToken);
    }

    public Task<CaptureResult> CaptureAsync(CaptureRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        (string Code, string Message)? invalid = CheckKey(request.IdempotencyKey)
            ?? Require(request.AuthorizationId, PaymentReasonCodes.AuthorizationNotFound, "An authorization id is required.")
            ?? CheckPositive(request.Amount);
        return RunValidatedAsync(
            invalid,
            request.IdempotencyKey,
            () => Fingerprint("capture", request.AuthorizationId, Canonical(request.Amount)),
            (attempt, token) => CaptureOnceAsync(request, attempt, token),
            (outcome, code, message) => CaptureResult.Failure(request.AuthorizationId, outcome, code, message),
            cancellationToken);
    }

    public Task<VoidResult> VoidAsync(VoidRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        (string Code, string Message)? invalid = CheckKey(request.IdempotencyKey)
            ?? Require(request.AuthorizationId, PaymentReasonCodes.AuthorizationNotFound, "An authorization id is required.");
        return RunValidatedAsync(
            invalid,
            request.IdempotencyKey,
            () => Fingerprint("void", request.AuthorizationId),
            (attempt, token) => VoidOnceAsync(request, attempt, token),
            (outcome, code, message) => VoidResult.Failure(request.AuthorizationId, outcome, code, message),
            cancellationToken);
    }

    public Task<RefundResult> RefundAsync(RefundRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        (string Code, string Message)? invalid = CheckKey(request.IdempotencyKey)
            ?? Require(request.CaptureId, PaymentReasonCodes.CaptureNotFound, "A capture id is required.")
            ?? CheckPositive(request.Amount);
        return RunValidatedAsync(
            invalid,
            request.IdempotencyKey,
            () => Fingerprint("refund", request.CaptureId, Canonical(request.Amount)),
            (attempt, token) => RefundOnceAsync(request, attempt, token),
            (outcome, code, message) => RefundResult.Failure(request.CaptureId, outcome, code, message),
            cancellationToken);
    }

    public Task<ReversalResult> ReverseAsync(ReversalRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        (string Code, string Message)? invalid = CheckKey(request.IdempotencyKey)
            ?? Require(request.AuthorizationId, PaymentReasonCodes.AuthorizationNotFound, "An authorization id is required.")
            ?? CheckPositive(request.Amount);
        return RunValidatedAsync(
            invalid,
            request.IdempotencyKey,
            () => Fingerprint("reverse", request.AuthorizationId, Canonical(request.Amount)),
            (attempt, token) => ReverseOnceAsync(request, attempt, token),
            (outcome, code, message) => ReversalResult.Failure(request.AuthorizationId, outcome, code, message),
            cancellationToken);
    }

    /// <summary>The authorizations the sandbox holds, optionally for one order or idempotency key prefix: tests count them to prove nothing was charged twice.</summary>
    public async Task<IReadOnlyList<SandboxAuthorization>> ListAuthorizationsAsync(
        string? orderId = null,
        string? idempotencyKeyPrefix = null,
        CancellationToken cancellationToken = default)
    {
        IReadOnlyList<SandboxRecord> records = await store.ListAsync(SandboxCollections.Authorizations, string.Empty, cancellationToken);
        return
        [
            .. records
                .Select(record => SandboxJson.Deserialize<SandboxAuthorization>(record.PayloadJson))
                .Where(authorization => orderId is null || authorization.OrderId == orderId)
                .Where(authorization => idempotencyKeyPrefix is null || authorization.IdempotencyKey.StartsWith(idempotencyKeyPrefix, StringComparison.Ordinal)),
        ];
    }

    public async Task<SandboxAuthorization?> GetAuthorizationAsync(string authorizationId, CancellationToken cancellationToken = default)
    {
        SandboxRecord? record = await store.GetAsync(SandboxCollections.Authorizations, authorizationId, cancellationToken);
        return record is null ? null : SandboxJson.Deserialize<SandboxAuthorization>(record.PayloadJson);
    }

    private async Task<SandboxStep<AuthorizationResult>> AuthorizeOnceAsync(AuthorizationRequest request, int attempt, CancellationToken cancellationToken)
    {
        SandboxTokenBehavior behavior = SandboxTokenBehaviors.Of(request.PaymentToken);
        AuthorizationResult? refusal = behavior switch
        {
            SandboxTokenBehavior.Unknown => AuthorizationResult.Failure(
                PaymentOutcome.InvalidRequest, PaymentReasonCodes.InvalidToken, $"'{request.PaymentToken}' is not a sandbox token."),
            SandboxTokenBehavior.Decline => AuthorizationResult.Failure(
                PaymentOutcome.Declined, PaymentReasonCodes.CardDeclined, "The issuer declined the card."),
            SandboxTokenBehavior.InsufficientFunds => AuthorizationResult.Failure(
                PaymentOutcome.InsufficientFunds, PaymentReasonCodes.InsufficientFunds, "The card has insufficient funds."),
            SandboxTokenBehavior.ExpiredCard => AuthorizationResult.Failure(
                PaymentOutcome.Declined, PaymentReasonCodes.ExpiredCard, "The card has expired."),
            _ => null,
        };
        if (refusal is not null)
        {
            return SandboxStep<AuthorizationResult>.Done(refusal);
        }

        if (FailsTransiently(behavior, attempt))
        {
            return SandboxStep<AuthorizationResult>.Retry(AuthorizationResult.Failure(
                PaymentOutcome.TransientError, PaymentReasonCodes.GatewayUnavailable, "The sandbox acquirer is unavailable; retry with the same key."));
        }

        SandboxAuthorization authorization = await GetOrCreateAuthorizationAsync(request, behavior, cancellationToken);
        PaymentAuthorization ledger = authorization.Authorization;
        var approved = new AuthorizationResult
        {
            Outcome = PaymentOutcome.Approved,
            AuthorizationId = ledger.AuthorizationId,
            GatewayReference = ledger.GatewayReference,
            AuthorizedAmount = ledger.AuthorizedAmount,
            Currency = ledger.Currency,
            AuthorizedAt = ledger.AuthorizedAt,
            ExpiresAt = ledger.ExpiresAt,
        };
        return Finish(approved, behavior, attempt, AuthorizationResult.Failure(
            PaymentOutcome.Timeout, PaymentReasonCodes.GatewayTimeout, AcquirerTimedOut));
    }

    private async Task<SandboxAuthorization> GetOrCreateAuthorizationAsync(AuthorizationRequest request, SandboxTokenBehavior behavior, CancellationToken cancellationToken)
    {
        string authorizationId = SandboxIds.From("auth_", request.IdempotencyKey);

        // Created without a read first: only a retry after a lost reply finds it there, and then the insert fails.
        while (true)
        {
            DateTimeOffset now = timeProvider.GetUtcNow();
            var created = new SandboxAuthorization(
                new PaymentAuthorization
                {
                    AuthorizationId = authorizationId,
                    GatewayReference = SandboxIds.From("sbx_", authorizationId),
                    Currency = request.Currency,
                    AuthorizedAmount = request.Amount,
                    AuthorizedAt = now,
                    ExpiresAt = behavior == SandboxTokenBehavior.ApproveExpired ? now : now + authorizationLifetime,
                },
                request.OrderId,
                request.IdempotencyKey,
                request.PaymentToken);
            if (await store.TryPutAsync(SandboxCollections.Authorizations, authorizationId, SandboxJson.Serialize(created), null, cancellationToken) is not null)
            {
                return created;
            }

            SandboxRecord? existing = await store.GetAsync(SandboxCollections.Authorizations, authorizationId, cancellationToken);
            if (existing is not null)
            {
                return SandboxJson.Deserialize<SandboxAuthorization>(existing.PayloadJson);
            }
        }
    }

    private async Task<SandboxStep<CaptureResult>> CaptureOnceAsync(CaptureRequest request, int attempt, CancellationToken cancellationToken)
    {
        string captureId = SandboxIds.From("cap_", request.IdempotencyKey);
        AuthorizationChange change = await ChangeAuthorizationAsync(
            request.AuthorizationId,
            attempt,
            (authorization, now) =>
                authorization.Authorization.HasCapture(captureId) ? (authorization, null)
                : authorization.Authorization.CheckCapture(request.Amount, now) is { } violation ? (null, violation)
                : (authorization with { Authorization = authorization.Authorization.WithCapture(new PaymentCapture(captureId, request.Amount, now)) }, null),
            cancellationToken);
        if (change.Failure is { } failure)
        {
            return ToStep(CaptureResult.Failure(request.AuthorizationId, failure.Outcome, failure.Code, failure.Message), failure.Outcome);
        }

        await store.TryPutAsync(SandboxCollections.Captures, captureId, SandboxJson.Serialize(new SandboxCaptureIndex(request.AuthorizationId)), null, cancellationToken);
        PaymentCapture capture = change.Authorization!.Authorization.Captures.Single(existing => existing.CaptureId == captureId);
        var approved = new CaptureResult
        {
            Outcome = PaymentOutcome.Approved,
            AuthorizationId = request.AuthorizationId,
            CaptureId = captureId,
            Amount = capture.Amount,
            CapturedAt = capture.CapturedAt,
        };
        return Finish(approved, change.Behavior, attempt, CaptureResult.Failure(
            request.AuthorizationId, PaymentOutcome.Timeout, PaymentReasonCodes.GatewayTimeout, AcquirerTimedOut));
    }

    private async Task<SandboxStep<ReversalResult>> ReverseOnceAsync(ReversalRequest request, int attempt, CancellationToken cancellationToken)
    {
        string reversalId = SandboxIds.From("rev_", request.IdempotencyKey);
        AuthorizationChange change = await ChangeAuthorizationAsync(
            request.AuthorizationId,
            attempt,
            (authorization, now) =>
                authorization.Authorization.HasReversal(reversalId) ? (authorization, null)
                : authorization.Authorization.CheckReversal(request.Amount, now) is { } violation ? (null, violation)
                : (authorization with { Authorization = authorization.Authorization.WithReversal(new PaymentReversal(reversalId, request.Amount, now)) }, null),
            cancellationToken);
        if (change.Failure is { } failure)
        {
            return ToStep(ReversalResult.Failure(request.AuthorizationId, failure.Outcome, failure.Code, failure.Message), failure.Outcome);
        }

        PaymentReversal reversal = change.Authorization!.Authorization.Reversals.Single(existing => existing.ReversalId == reversalId);
        var approved = new ReversalResult
        {
            Outcome = PaymentOutcome.Approved,
            AuthorizationId = request.AuthorizationId,
            ReversalId = reversalId,
            Amount = reversal.Amount,
            ReversedAt = reversal.ReversedAt,
        };
        return Finish(approved, change.Behavior, attempt, ReversalResult.Failure(
            request.AuthorizationId, PaymentOutcome.Timeout, PaymentReasonCodes.GatewayTimeout, AcquirerTimedOut));
    }

    private async Task<SandboxStep<VoidResult>> VoidOnceAsync(VoidRequest request, int attempt, CancellationToken cancellationToken)
    {
        AuthorizationChange change = await ChangeAuthorizationAsync(
            request.AuthorizationId,
            attempt,
            (authorization, now) =>
                authorization.VoidedByKey == request.IdempotencyKey ? (authorization, null)
                : authorization.Authorization.CheckVoid() is { } violation ? (null, violation)
                : (authorization with { Authorization = authorization.Authorization.WithVoid(now), VoidedByKey = request.IdempotencyKey }, null),
            cancellationToken);
        if (change.Failure is { } failure)
        {
            return ToStep(VoidResult.Failure(request.AuthorizationId, failure.Outcome, failure.Code, failure.Message), failure.Outcome);
        }

        var approved = new VoidResult
        {
            Outcome = PaymentOutcome.Approved,
            AuthorizationId = request.AuthorizationId,
            VoidedAt = change.Authorization!.Authorization.VoidedAt,
        };
        return Finish(approved, change.Behavior, attempt, VoidResult.Failure(
            request.AuthorizationId, PaymentOutcome.Timeout, PaymentReasonCodes.GatewayTimeout, AcquirerTimedOut));
    }

    private async Task<SandboxStep<RefundResult>> RefundOnceAsync(RefundRequest request, int attempt, CancellationToken cancellationToken)
    {
        SandboxRecord? index = await store.GetAsync(SandboxCollections.Captures, request.CaptureId, cancellationToken);
        if (index is null)
        {
            return SandboxStep<RefundResult>.Done(RefundResult.Failure(
                request.CaptureId, PaymentOutcome.InvalidRequest, PaymentReasonCodes.CaptureNotFound, $"There is no capture {request.CaptureId}."));
        }

        string authorizationId = SandboxJson.Deserialize<SandboxCaptureIndex>(index.PayloadJson).AuthorizationId;
        string refundId = SandboxIds.From("re_", request.IdempotencyKey);
        AuthorizationChange change = await ChangeAuthorizationAsync(
            authorizationId,
            attempt,
            (authorization, now) =>
                authorization.Authorization.Refunds.Any(refund => refund.RefundId == refundId) ? (authorization, null)
                : authorization.Authorization.CheckRefund(request.CaptureId, request.Amount) is { } violation ? (null, violation)
                : (authorization with { Authorization = authorization.Authorization.WithRefund(new PaymentRefund(refundId, request.CaptureId, request.Amount, now)) }, null),
            cancellationToken);
        if (change.Failure is { } failure)
        {
            return ToStep(RefundResult.Failure(request.CaptureId, failure.Outcome, failure.Code, failure.Message), failure.Outcome);
        }

        PaymentRefund refund = change.Authorization!.Authorization.Refunds.Single(existing => existing.RefundId == refundId);
        var approved = new RefundResult
        {
            Outcome = PaymentOutcome.Approved,
            CaptureId = request.CaptureId,
            RefundId = refundId,
            Amount = refund.Amount,
            RefundedAt = refund.RefundedAt,
        };
        return Finish(approved, change.Behavior, attempt, RefundResult.Failure(
            request.CaptureId, PaymentOutcome.Timeout, PaymentReasonCodes.GatewayTimeout, AcquirerTimedOut));
    }

    /// <summary>
    /// Applies one change to an authorization with optimistic concurrency, after the token's fault behaviour had its
    /// say. <paramref name="decide"/> returns the changed authorization (the same instance when the change is already
    /// there) or the rule it breaks.
    /// </summary>
    private async Task<AuthorizationChange> ChangeAuthorizationAsync(
        string authorizationId,
        int attempt,
        Func<SandboxAuthorization, DateTimeOffset, (SandboxAuthorization? Changed, PaymentRuleViolation? Violation)> decide,
        CancellationToken cancellationToken)
    {
        for (int round = 0; round < MaxWriteRounds; round++)
        {
            SandboxRecord? record = await store.GetAsync(SandboxCollections.Authorizations, authorizationId, cancellationToken);
            if (record is null)
            {
                return AuthorizationChange.Failed(
                    SandboxTokenBehavior.Unknown, PaymentOutcome.InvalidRequest, PaymentReasonCodes.AuthorizationNotFound, $"There is no authorization {authorizationId}.");
            }

            SandboxAuthorization current = SandboxJson.Deserialize<SandboxAuthorization>(record.PayloadJson);
            SandboxTokenBehavior behavior = SandboxTokenBehaviors.Of(current.Token);
            if (FailsTransiently(behavior, attempt))
            {
                return AuthorizationChange.Failed(
                    behavior, PaymentOutcome.TransientError, PaymentReasonCodes.GatewayUnavailable, "The sandbox acquirer is unavailable; retry with the same key.");
            }

            (SandboxAuthorization? changed, PaymentRuleViolation? violation) = decide(current, timeProvider.GetUtcNow());
            if (violation is not null)
            {
                return AuthorizationChange.Failed(behavior, PaymentOutcome.InvalidRequest, violation.Code, violation.Message);
            }

            if (ReferenceEquals(changed, current) ||
                await store.TryPutAsync(SandboxCollections.Authorizations, authorizationId, SandboxJson.Serialize(changed), record.Version, cancellationToken) is not null)
            {
                return new AuthorizationChange(changed, behavior, null);
            }
        }

        return AuthorizationChange.Failed(
            SandboxTokenBehavior.Unknown, PaymentOutcome.TransientError, PaymentReasonCodes.RequestInProgress, $"Authorization {authorizationId} is busy; retry with the same key.");
    }

    private static bool FailsTransiently(SandboxTokenBehavior behavior, int attempt) =>
        behavior == SandboxTokenBehavior.TransientAlways || (behavior == SandboxTokenBehavior.TransientOnce && attempt == 1);

    /// <summary>Approved results are final; a "timeout once" token hides the first attempt's result behind a timeout.</summary>
    private static SandboxStep<TResult> Finish<TResult>(TResult approved, SandboxTokenBehavior behavior, int attempt, TResult timeout) =>
        behavior == SandboxTokenBehavior.TimeoutOnce && attempt == 1
            ? SandboxStep<TResult>.DoneButTimedOut(approved, timeout)
            : SandboxStep<TResult>.Done(approved);

    private static SandboxStep<TResult> ToStep<TResult>(TResult failure, PaymentOutcome outcome) =>
        outcome.IsRetryable() ? SandboxStep<TResult>.Retry(failure) : SandboxStep<TResult>.Done(failure);

    private static (string Code, string Message)? CheckKey(string? idempotencyKey) =>
        string.IsNullOrWhiteSpace(idempotencyKey) || idempotencyKey.Length > MaxIdempotencyKeyLength
            ? (PaymentReasonCodes.IdempotencyKeyRequired, $"An idempotency key of 1 to {MaxIdempotencyKeyLength} characters is required.")
            : null;

    private static (string Code, string Message)? Require(string? value, string code, string message) =>
        string.IsNullOrWhiteSpace(value) ? (code, message) : null;

    private static (string Code, string Message)? CheckPositive(decimal amount) =>
        amount > 0m ? null : (PaymentReasonCodes.InvalidAmount, $"Amount must be positive, not {Canonical(amount)}.");

    private static (string Code, string Message)? CheckCurrencyAndAmount(string? currency, decimal amount)
    {
        if (!IsoCurrency.IsKnown(currency))
        {
            return (PaymentReasonCodes.InvalidCurrency, $"'{currency}' is not an ISO 4217 currency code.");
        }

        return CheckPositive(amount) ?? (IsoCurrency.FitsMinorUnits(amount, currency!)
            ? null
            : (PaymentReasonCodes.InvalidAmount, $"{Canonical(amount)} has more decimals than {currency} allows."));
    }

    /// <summary>10, 10.0 and 10.00 are the same amount, so they must make the same fingerprint.</summary>
    /// <summary>
    /// Answers a request that failed validation at once, as a gateway refuses it before anything is recorded; runs a
    /// valid one exactly once per idempotency key.
    /// </summary>
    private Task<T> RunValidatedAsync<T>(
        (string Code, string Message)? invalid,
        string idempotencyKey,
        Func<string> fingerprint,
        Func<int, CancellationToken, Task<SandboxStep<T>>> once,
        Func<PaymentOutcome, string, string, T> failure,
        CancellationToken cancellationToken) =>
        invalid is { } fault
            ? Task.FromResult(failure(PaymentOutcome.InvalidRequest, fault.Code, fault.Message))
            : guard.RunAsync(idempotencyKey, fingerprint(), once, failure, cancellationToken);

    private static string Canonical(decimal amount) => amount.ToString("G29", CultureInfo.InvariantCulture);

    private static string Fingerprint(params string[] parts) => SandboxJson.Serialize(parts);

    /// <summary>The outcome of changing an authorization: the changed authorization, or why not.</summary>
    private sealed record AuthorizationChange(SandboxAuthorization? Authorization, SandboxTokenBehavior Behavior, (PaymentOutcome Outcome, string Code, string Message)? Failure)
    {
        public static AuthorizationChange Failed(SandboxTokenBehavior behavior, PaymentOutcome outcome, string code, string message) =>
            new(null, behavior, (outcome, code, message));
    }
}
