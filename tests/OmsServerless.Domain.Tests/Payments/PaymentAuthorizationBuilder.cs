using OmsServerless.Domain.Payments;

namespace OmsServerless.Domain.Tests.Payments;

/// <summary>Builds authorizations for tests: by default 100.00 USD, authorized at <see cref="AuthorizedAt"/>, valid 7 days.</summary>
public sealed class PaymentAuthorizationBuilder
{
    public static readonly DateTimeOffset AuthorizedAt = new(2026, 11, 2, 15, 0, 0, TimeSpan.Zero);

    private string authorizationId = "auth_1";
    private decimal amount = 100.00m;
    private string currency = "USD";
    private TimeSpan lifetime = TimeSpan.FromDays(7);
    private DateTimeOffset authorizedAt = AuthorizedAt;

    public static PaymentAuthorizationBuilder Usd(decimal amount) => new PaymentAuthorizationBuilder().WithAmount(amount);

    public PaymentAuthorizationBuilder WithId(string value) { authorizationId = value; return this; }

    public PaymentAuthorizationBuilder WithAmount(decimal value) { amount = value; return this; }

    public PaymentAuthorizationBuilder WithCurrency(string value) { currency = value; return this; }

    public PaymentAuthorizationBuilder WithLifetime(TimeSpan value) { lifetime = value; return this; }

    public PaymentAuthorizationBuilder WithAuthorizedAt(DateTimeOffset value) { authorizedAt = value; return this; }

    public PaymentAuthorization Build() => new()
    {
        AuthorizationId = authorizationId,
        GatewayReference = "psp-" + authorizationId,
        Currency = currency,
        AuthorizedAmount = amount,
        AuthorizedAt = authorizedAt,
        ExpiresAt = authorizedAt + lifetime,
    };
}
