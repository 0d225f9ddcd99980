using OmsServerless.Domain.Payments;

namespace OmsServerless.Storage.Payments;

/// <summary>An authorization as the sandbox stores it: the money ledger plus what the call that created it carried.</summary>
/// <param name="VoidedByKey">The idempotency key of the void, so a retried void after a crash is recognised as done.</param>
public sealed record SandboxAuthorization(
    PaymentAuthorization Authorization,
    string OrderId,
    string IdempotencyKey,
    string Token,
    string? VoidedByKey = null)
{
    public string AuthorizationId => Authorization.AuthorizationId;
}
