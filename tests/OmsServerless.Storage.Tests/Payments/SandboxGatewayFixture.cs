using Microsoft.Extensions.Options;
using OmsServerless.Domain.Payments;
using OmsServerless.Storage.Payments;

namespace OmsServerless.Storage.Tests.Payments;

/// <summary>A sandbox gateway over an in-memory store and a manual clock, with shorthands for the calls tests make.</summary>
public sealed class SandboxGatewayFixture
{
    public static readonly DateTimeOffset Start = new(2026, 11, 20, 18, 0, 0, TimeSpan.Zero);

    public SandboxGatewayFixture(ISandboxPaymentStore? store = null, TimeSpan? authorizationLifetime = null)
    {
        Store = store ?? new InMemorySandboxPaymentStore();
        Gateway = new SandboxPaymentGateway(
            Store,
            Clock,
            Options.Create(new SandboxPaymentGatewayOptions { AuthorizationLifetime = authorizationLifetime ?? TimeSpan.FromDays(7) }));
    }

    public ManualTimeProvider Clock { get; } = new(Start);

    public ISandboxPaymentStore Store { get; }

    public SandboxPaymentGateway Gateway { get; }

    public static AuthorizationRequest Authorization(string token = SandboxTokens.Visa, decimal amount = 100m, string key = "ord-1:authorize", string orderId = "ord-1") =>
        new(key, orderId, token, amount, "USD");

    public Task<AuthorizationResult> AuthorizeAsync(string token = SandboxTokens.Visa, decimal amount = 100m, string key = "ord-1:authorize", string orderId = "ord-1") =>
        Gateway.AuthorizeAsync(Authorization(token, amount, key, orderId));

    /// <summary>Authorizes and fails the test unless approved.</summary>
    public async Task<string> ApprovedAuthorizationAsync(string token = SandboxTokens.Visa, decimal amount = 100m)
    {
        AuthorizationResult result = await RetryAsync(() => AuthorizeAsync(token, amount), result => result.Outcome);
        Assert.Equal(PaymentOutcome.Approved, result.Outcome);
        return result.AuthorizationId!;
    }

    public Task<CaptureResult> CaptureAsync(string authorizationId, decimal amount, string key) =>
        Gateway.CaptureAsync(new CaptureRequest(key, authorizationId, amount));

    public Task<RefundResult> RefundAsync(string captureId, decimal amount, string key) =>
        Gateway.RefundAsync(new RefundRequest(key, captureId, amount));

    public Task<VoidResult> VoidAsync(string authorizationId, string key) =>
        Gateway.VoidAsync(new VoidRequest(key, authorizationId));

    /// <summary>Retries a call with the same request while the gateway says to, as the orchestrator's retry policy does.</summary>
    public static async Task<TResult> RetryAsync<TResult>(Func<Task<TResult>> call, Func<TResult, PaymentOutcome> outcomeOf, int maxAttempts = 200)
    {
        for (int attempt = 1; ; attempt++)
        {
            TResult result = await call();
            if (!outcomeOf(result).IsRetryable() || attempt == maxAttempts)
            {
                return result;
            }

            await Task.Yield();
        }
    }
}
