namespace OmsServerless.Storage.Payments;

/// <summary>
/// Payment tokens the sandbox gateway understands, like the test cards of real gateways' test modes. The token of
/// an authorization also drives the captures, voids and refunds made against it. Any other token is answered with
/// <c>InvalidRequest</c> / <c>invalid_token</c>. A known token followed by "_" and a suffix ("tok_visa_4242") is another
/// card with the same behaviour.
/// </summary>
public static class SandboxTokens
{
    /// <summary>Approves.</summary>
    public const string Visa = "tok_visa";

    /// <summary>Approves.</summary>
    public const string Mastercard = "tok_mastercard";

    /// <summary>Approves.</summary>
    public const string Amex = "tok_amex";

    /// <summary>Declined by the issuer: <c>Declined</c> / <c>card_declined</c>.</summary>
    public const string Declined = "tok_declined";

    /// <summary>Declined for lack of funds: <c>InsufficientFunds</c> / <c>insufficient_funds</c>.</summary>
    public const string InsufficientFunds = "tok_insufficient_funds";

    /// <summary>The card itself has expired: <c>Declined</c> / <c>expired_card</c>.</summary>
    public const string ExpiredCard = "tok_expired_card";

    /// <summary>
    /// The first attempt of every idempotency key fails with <c>TransientError</c> / <c>gateway_unavailable</c> and
    /// changes nothing; the retry with the same key succeeds.
    /// </summary>
    public const string TransientOnce = "tok_transient_once";

    /// <summary>Every attempt fails with <c>TransientError</c>: for exhausting a retry policy.</summary>
    public const string TransientAlways = "tok_transient_always";

    /// <summary>
    /// The first attempt of every idempotency key is carried out but answered with <c>Timeout</c>; the retry with the
    /// same key returns what the first attempt did, without doing it again.
    /// </summary>
    public const string TimeoutOnce = "tok_timeout_once";

    /// <summary>Approves an authorization that is already expired, so any capture is refused with <c>authorization_expired</c>.</summary>
    public const string ExpiredAuthorization = "tok_expired";
}
