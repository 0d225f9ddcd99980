namespace OmsServerless.Domain.Payments;

/// <summary>
/// A card payment gateway. Every call carries an idempotency key: repeating a call with the same key and the same
/// request returns the first call's result and never moves money twice; the same key with a different request is
/// answered with <see cref="PaymentOutcome.IdempotencyConflict"/>. Gateways answer with results, not exceptions,
/// for everything a caller can cause or a network can do; exceptions mean a bug (null request) or cancellation.
/// </summary>
public interface IPaymentGateway
{
    Task<AuthorizationResult> AuthorizeAsync(AuthorizationRequest request, CancellationToken cancellationToken = default);

    Task<CaptureResult> CaptureAsync(CaptureRequest request, CancellationToken cancellationToken = default);

    Task<VoidResult> VoidAsync(VoidRequest request, CancellationToken cancellationToken = default);

    Task<RefundResult> RefundAsync(RefundRequest request, CancellationToken cancellationToken = default);

    /// <summary>Partial authorization reversal: lowers the hold by an amount nothing was captured from.</summary>
    Task<ReversalResult> ReverseAsync(ReversalRequest request, CancellationToken cancellationToken = default);
}
