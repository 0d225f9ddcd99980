namespace OmsServerless.Domain.Payments;

/// <summary>Stable reason codes carried by gateway results and payment rule violations.</summary>
public static class PaymentReasonCodes
{
    public const string CardDeclined = "card_declined";
    public const string InsufficientFunds = "insufficient_funds";
    public const string ExpiredCard = "expired_card";
    public const string InvalidToken = "invalid_token";
    public const string GatewayUnavailable = "gateway_unavailable";
    public const string GatewayTimeout = "gateway_timeout";
    public const string RequestInProgress = "idempotency_key_in_use";
    public const string IdempotencyKeyReused = "idempotency_key_reused";
    public const string IdempotencyKeyRequired = "idempotency_key_required";
    public const string OrderIdRequired = "order_id_required";
    public const string InvalidAmount = "invalid_amount";
    public const string InvalidCurrency = "invalid_currency";
    public const string AuthorizationNotFound = "authorization_not_found";
    public const string CaptureNotFound = "capture_not_found";
    public const string AuthorizationExpired = "authorization_expired";
    public const string AuthorizationVoided = "authorization_voided";
    public const string CaptureExceedsAuthorized = "capture_exceeds_authorized";
    public const string RefundExceedsCaptured = "refund_exceeds_captured";
    public const string VoidAfterCapture = "void_after_capture";
    public const string ReversalExceedsRemaining = "reversal_exceeds_remaining";
}
