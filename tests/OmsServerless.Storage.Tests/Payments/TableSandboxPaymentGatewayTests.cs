using OmsServerless.Domain.Payments;
using OmsServerless.Storage.Payments;

namespace OmsServerless.Storage.Tests.Payments;

/// <summary>The sandbox gateway as <c>AddOmsStorage</c> wires it: over the Table store, racing on Azurite's ETags.</summary>
public sealed class TableSandboxPaymentGatewayTests(StorageTestContext context) : IClassFixture<StorageTestContext>
{
    private const int ParallelCallers = 20;

    [Fact]
    public async Task Twenty_parallel_authorizations_with_one_key_authorize_once()
    {
        IPaymentGateway gateway = context.Get<IPaymentGateway>();
        string orderId = "ord-" + Guid.NewGuid().ToString("N")[..8];
        AuthorizationRequest request = SandboxGatewayFixture.Authorization(key: orderId + ":authorize", orderId: orderId);

        AuthorizationResult[] results = await Task.WhenAll(Enumerable.Range(0, ParallelCallers).Select(_ => Task.Run(() =>
            SandboxGatewayFixture.RetryAsync(() => gateway.AuthorizeAsync(request), result => result.Outcome))));

        Assert.All(results, result => Assert.Equal(PaymentOutcome.Approved, result.Outcome));
        Assert.Single(results.Select(result => result.AuthorizationId).Distinct());
        SandboxAuthorization stored = Assert.Single(await context.Get<SandboxPaymentGateway>().ListAuthorizationsAsync(orderId: orderId));
        Assert.Equal(results[0].AuthorizationId, stored.Authorization.AuthorizationId);
        Assert.Single(await context.Get<ISandboxPaymentStore>().ListAsync(SandboxCollections.Idempotency, orderId));
    }
}
