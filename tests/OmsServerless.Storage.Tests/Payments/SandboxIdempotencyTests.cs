using OmsServerless.Domain.Payments;
using OmsServerless.Storage.Payments;

namespace OmsServerless.Storage.Tests.Payments;

public sealed class SandboxIdempotencyTests
{
    private const int ParallelCallers = 40;

    [Fact]
    public async Task Repeating_a_call_with_the_same_key_returns_the_first_result_and_authorizes_once()
    {
        var sandbox = new SandboxGatewayFixture();

        AuthorizationResult first = await sandbox.AuthorizeAsync();
        sandbox.Clock.Advance(TimeSpan.FromMinutes(5));
        AuthorizationResult repeat = await sandbox.AuthorizeAsync();

        Assert.Equal(first, repeat);
        Assert.Single(await sandbox.Gateway.ListAuthorizationsAsync(orderId: "ord-1"));
    }

    [Fact]
    public async Task Same_key_with_a_different_amount_is_an_idempotency_conflict()
    {
        var sandbox = new SandboxGatewayFixture();
        await sandbox.AuthorizeAsync(amount: 100m);

        AuthorizationResult conflict = await sandbox.AuthorizeAsync(amount: 150m);

        Assert.Equal((PaymentOutcome.IdempotencyConflict, PaymentReasonCodes.IdempotencyKeyReused), (conflict.Outcome, conflict.ReasonCode));
        Assert.Equal(100m, Assert.Single(await sandbox.Gateway.ListAuthorizationsAsync()).Authorization.AuthorizedAmount);
    }

    [Fact]
    public async Task Reusing_an_authorization_key_for_a_capture_is_an_idempotency_conflict()
    {
        var sandbox = new SandboxGatewayFixture();
        string authorizationId = await sandbox.ApprovedAuthorizationAsync();

        CaptureResult conflict = await sandbox.CaptureAsync(authorizationId, 10m, "ord-1:authorize");

        Assert.Equal(PaymentOutcome.IdempotencyConflict, conflict.Outcome);
    }

    [Fact]
    public async Task Repeated_capture_with_the_same_key_captures_once()
    {
        var sandbox = new SandboxGatewayFixture();
        string authorizationId = await sandbox.ApprovedAuthorizationAsync();

        CaptureResult first = await sandbox.CaptureAsync(authorizationId, 30m, "ord-1:capture:1");
        CaptureResult repeat = await sandbox.CaptureAsync(authorizationId, 30m, "ord-1:capture:1");

        Assert.Equal(first, repeat);
        Assert.Equal(30m, (await sandbox.Gateway.GetAuthorizationAsync(authorizationId))!.Authorization.CapturedAmount);
    }

    [Fact]
    public async Task Parallel_authorizations_with_the_same_key_authorize_once()
    {
        var sandbox = new SandboxGatewayFixture();

        AuthorizationResult[] results = await Task.WhenAll(Enumerable.Range(0, ParallelCallers).Select(_ => Task.Run(() =>
            SandboxGatewayFixture.RetryAsync(() => sandbox.AuthorizeAsync(), result => result.Outcome))));

        Assert.All(results, result => Assert.Equal(PaymentOutcome.Approved, result.Outcome));
        Assert.Single(results.Select(result => result.AuthorizationId).Distinct());
        Assert.Single(await sandbox.Gateway.ListAuthorizationsAsync(idempotencyKeyPrefix: "ord-1:"));
    }

    [Fact]
    public async Task Parallel_captures_with_the_same_key_capture_once()
    {
        var sandbox = new SandboxGatewayFixture();
        string authorizationId = await sandbox.ApprovedAuthorizationAsync(amount: 100m);

        CaptureResult[] results = await Task.WhenAll(Enumerable.Range(0, ParallelCallers).Select(_ => Task.Run(() =>
            SandboxGatewayFixture.RetryAsync(() => sandbox.CaptureAsync(authorizationId, 40m, "ord-1:capture:1"), result => result.Outcome))));

        Assert.All(results, result => Assert.Equal(PaymentOutcome.Approved, result.Outcome));
        Assert.Single(results.Select(result => result.CaptureId).Distinct());
        PaymentAuthorization ledger = (await sandbox.Gateway.GetAuthorizationAsync(authorizationId))!.Authorization;
        Assert.Equal(40m, ledger.CapturedAmount);
        Assert.Single(ledger.Captures);
    }

    [Fact]
    public async Task Parallel_captures_with_different_keys_never_exceed_the_authorization()
    {
        var sandbox = new SandboxGatewayFixture();
        string authorizationId = await sandbox.ApprovedAuthorizationAsync(amount: 100m);

        CaptureResult[] results = await Task.WhenAll(Enumerable.Range(0, 25).Select(index => Task.Run(() =>
            SandboxGatewayFixture.RetryAsync(() => sandbox.CaptureAsync(authorizationId, 10m, $"ord-1:capture:{index}"), result => result.Outcome))));

        Assert.Equal(10, results.Count(result => result.Outcome == PaymentOutcome.Approved));
        Assert.All(
            results.Where(result => result.Outcome != PaymentOutcome.Approved),
            result => Assert.Equal(PaymentReasonCodes.CaptureExceedsAuthorized, result.ReasonCode));
        Assert.Equal(100m, (await sandbox.Gateway.GetAuthorizationAsync(authorizationId))!.Authorization.CapturedAmount);
    }

    [Fact]
    public async Task Parallel_refunds_with_different_keys_never_exceed_the_capture()
    {
        var sandbox = new SandboxGatewayFixture();
        string authorizationId = await sandbox.ApprovedAuthorizationAsync(amount: 100m);
        CaptureResult capture = await sandbox.CaptureAsync(authorizationId, 50m, "ord-1:capture:1");

        RefundResult[] results = await Task.WhenAll(Enumerable.Range(0, 20).Select(index => Task.Run(() =>
            SandboxGatewayFixture.RetryAsync(() => sandbox.RefundAsync(capture.CaptureId!, 5m, $"ord-1:refund:{index}"), result => result.Outcome))));

        Assert.Equal(10, results.Count(result => result.Outcome == PaymentOutcome.Approved));
        Assert.Equal(50m, (await sandbox.Gateway.GetAuthorizationAsync(authorizationId))!.Authorization.RefundedAmount);
    }

    [Fact]
    public async Task Retry_while_the_first_call_is_still_running_is_told_to_retry_and_then_gets_the_first_result()
    {
        var store = new InterceptingSandboxPaymentStore(new InMemorySandboxPaymentStore());
        var sandbox = new SandboxGatewayFixture(store);
        store.HoldFirstWriteTo(SandboxCollections.Authorizations);
        Task<AuthorizationResult> slowCall = sandbox.AuthorizeAsync();
        await store.HeldWriteReached;

        AuthorizationResult whileRunning = await sandbox.AuthorizeAsync();
        store.ReleaseHeldWrite();
        AuthorizationResult first = await slowCall;
        AuthorizationResult afterwards = await sandbox.AuthorizeAsync();

        Assert.Equal((PaymentOutcome.TransientError, PaymentReasonCodes.RequestInProgress), (whileRunning.Outcome, whileRunning.ReasonCode));
        Assert.Equal(PaymentOutcome.Approved, first.Outcome);
        Assert.Equal(first, afterwards);
        Assert.Single(await sandbox.Gateway.ListAuthorizationsAsync());
    }

    [Fact]
    public async Task Key_of_a_call_stuck_past_its_lease_is_taken_over_without_charging_twice()
    {
        var store = new InterceptingSandboxPaymentStore(new InMemorySandboxPaymentStore());
        var sandbox = new SandboxGatewayFixture(store);
        store.HoldFirstWriteTo(SandboxCollections.Authorizations);
        Task<AuthorizationResult> stuckCall = sandbox.AuthorizeAsync();
        await store.HeldWriteReached;

        sandbox.Clock.Advance(new SandboxPaymentGatewayOptions().InProgressLease + TimeSpan.FromSeconds(1));
        AuthorizationResult takeover = await sandbox.AuthorizeAsync();
        store.ReleaseHeldWrite();
        AuthorizationResult stuck = await stuckCall;

        Assert.Equal(PaymentOutcome.Approved, takeover.Outcome);
        Assert.Equal(takeover.AuthorizationId, stuck.AuthorizationId);
        Assert.Single(await sandbox.Gateway.ListAuthorizationsAsync());
    }

    [Fact]
    public async Task Call_that_failed_midway_can_be_retried_at_once_and_charges_once()
    {
        var store = new InterceptingSandboxPaymentStore(new InMemorySandboxPaymentStore());
        var sandbox = new SandboxGatewayFixture(store);
        store.FailFirstWriteTo(SandboxCollections.Authorizations);

        await Assert.ThrowsAsync<IOException>(() => sandbox.AuthorizeAsync());
        AuthorizationResult retry = await sandbox.AuthorizeAsync();

        Assert.Equal(PaymentOutcome.Approved, retry.Outcome);
        Assert.Single(await sandbox.Gateway.ListAuthorizationsAsync());
    }

    [Fact]
    public async Task Authorizations_can_be_listed_by_order_and_by_key_prefix()
    {
        var sandbox = new SandboxGatewayFixture();
        await sandbox.AuthorizeAsync(key: "ord-1:authorize", orderId: "ord-1");
        await sandbox.AuthorizeAsync(key: "ord-2:authorize", orderId: "ord-2");
        await sandbox.AuthorizeAsync(key: "ord-2:reauthorize", orderId: "ord-2");

        Assert.Equal(2, (await sandbox.Gateway.ListAuthorizationsAsync(orderId: "ord-2")).Count);
        Assert.Equal("ord-1", Assert.Single(await sandbox.Gateway.ListAuthorizationsAsync(idempotencyKeyPrefix: "ord-1:")).OrderId);
        Assert.Equal(3, (await sandbox.Gateway.ListAuthorizationsAsync()).Count);
    }
}
