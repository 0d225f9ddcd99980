using System.Text.Json.Serialization;

namespace OmsServerless.Domain.Payments;

/// <summary>What a gateway call came to. Only <see cref="Approved"/> changed money; see each member for what to do next.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PaymentOutcome>))]
public enum PaymentOutcome
{
    /// <summary>Done: the gateway reference ids in the result identify what happened.</summary>
    Approved,

    /// <summary>The issuer refused (reason code says why). Final: retrying will not help; ask for another card.</summary>
    Declined,

    /// <summary>The issuer refused for lack of funds. Final, but worth telling the customer apart from a decline.</summary>
    InsufficientFunds,

    /// <summary>Nothing happened (gateway unavailable, or the same key is still being processed). Retry with the same idempotency key.</summary>
    TransientError,

    /// <summary>
    /// The outcome is unknown: the gateway may have acted. Retry with the same idempotency key; the gateway then
    /// returns what the first call did instead of acting twice.
    /// </summary>
    Timeout,

    /// <summary>The request breaks a payment rule (capture above the authorization, void after capture, expired authorization...). Final.</summary>
    InvalidRequest,

    /// <summary>The idempotency key was used before for a different request. Final: a caller bug, never retry with that key.</summary>
    IdempotencyConflict,
}
