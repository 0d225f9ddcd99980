using OmsServerless.Domain.Payments;
using OmsServerless.Storage.Payments;

namespace OmsServerless.Storage.Tests.Payments;

public sealed class SandboxMoneyRuleTests
{
    private readonly SandboxGatewayFixture sandbox = new();

    [Fact]
    public async Task Partial_captures_may_add_up_to_the_authorized_amount_and_not_beyond()
    {
        string authorizationId = await sandbox.ApprovedAuthorizationAsync(amount: 100m);

        CaptureResult first = await sandbox.CaptureAsync(authorizationId, 60m, "ord-1:capture:1");
        CaptureResult second = await sandbox.CaptureAsync(authorizationId, 40m, "ord-1:capture:2");
        CaptureResult third = await sandbox.CaptureAsync(authorizationId, 0.01m, "ord-1:capture:3");

        Assert.Equal((PaymentOutcome.Approved, 60m), (first.Outcome, first.Amount));
        Assert.Equal(PaymentOutcome.Approved, second.Outcome);
        Assert.NotEqual(first.CaptureId, second.CaptureId);
        Assert.Equal((PaymentOutcome.InvalidRequest, PaymentReasonCodes.CaptureExceedsAuthorized), (third.Outcome, third.ReasonCode));
        Assert.Equal(PaymentAuthorizationStatus.Captured, (await sandbox.Gateway.GetAuthorizationAsync(authorizationId))!.Authorization.Status);
    }

    [Fact]
    public async Task Refunds_of_a_partial_capture_stop_at_what_it_captured()
    {
        string authorizationId = await sandbox.ApprovedAuthorizationAsync(amount: 100m);
        CaptureResult capture = await sandbox.CaptureAsync(authorizationId, 60m, "ord-1:capture:1");

        RefundResult first = await sandbox.RefundAsync(capture.CaptureId!, 25m, "ord-1:refund:1");
        RefundResult second = await sandbox.RefundAsync(capture.CaptureId!, 35m, "ord-1:refund:2");
        RefundResult third = await sandbox.RefundAsync(capture.CaptureId!, 0.01m, "ord-1:refund:3");

        Assert.Equal((PaymentOutcome.Approved, 25m), (first.Outcome, first.Amount));
        Assert.Equal(PaymentOutcome.Approved, second.Outcome);
        Assert.Equal((PaymentOutcome.InvalidRequest, PaymentReasonCodes.RefundExceedsCaptured), (third.Outcome, third.ReasonCode));
        Assert.Equal(60m, (await sandbox.Gateway.GetAuthorizationAsync(authorizationId))!.Authorization.RefundedAmount);
    }

    [Fact]
    public async Task Refund_of_an_unknown_capture_is_refused()
    {
        RefundResult result = await sandbox.RefundAsync("cap_nope", 5m, "ord-1:refund:1");

        Assert.Equal((PaymentOutcome.InvalidRequest, PaymentReasonCodes.CaptureNotFound), (result.Outcome, result.ReasonCode));
    }

    [Fact]
    public async Task Void_releases_an_uncaptured_authorization_and_nothing_can_be_captured_after()
    {
        string authorizationId = await sandbox.ApprovedAuthorizationAsync();

        VoidResult voided = await sandbox.VoidAsync(authorizationId, "ord-1:void");
        CaptureResult capture = await sandbox.CaptureAsync(authorizationId, 10m, "ord-1:capture:1");

        Assert.Equal((PaymentOutcome.Approved, SandboxGatewayFixture.Start), (voided.Outcome, voided.VoidedAt));
        Assert.Equal((PaymentOutcome.InvalidRequest, PaymentReasonCodes.AuthorizationVoided), (capture.Outcome, capture.ReasonCode));
    }

    [Fact]
    public async Task Void_after_a_capture_is_refused()
    {
        string authorizationId = await sandbox.ApprovedAuthorizationAsync();
        await sandbox.CaptureAsync(authorizationId, 10m, "ord-1:capture:1");

        VoidResult voided = await sandbox.VoidAsync(authorizationId, "ord-1:void");

        Assert.Equal((PaymentOutcome.InvalidRequest, PaymentReasonCodes.VoidAfterCapture), (voided.Outcome, voided.ReasonCode));
    }

    [Fact]
    public async Task Authorization_cannot_be_captured_once_its_lifetime_has_passed()
    {
        var shortLived = new SandboxGatewayFixture(authorizationLifetime: TimeSpan.FromDays(1));
        string authorizationId = await shortLived.ApprovedAuthorizationAsync();

        shortLived.Clock.Advance(TimeSpan.FromHours(23));
        CaptureResult inTime = await shortLived.CaptureAsync(authorizationId, 10m, "ord-1:capture:1");
        shortLived.Clock.Advance(TimeSpan.FromHours(1));
        CaptureResult tooLate = await shortLived.CaptureAsync(authorizationId, 10m, "ord-1:capture:2");

        Assert.Equal(PaymentOutcome.Approved, inTime.Outcome);
        Assert.Equal((PaymentOutcome.InvalidRequest, PaymentReasonCodes.AuthorizationExpired), (tooLate.Outcome, tooLate.ReasonCode));
    }

    [Fact]
    public async Task Capture_of_an_unknown_authorization_is_refused()
    {
        CaptureResult result = await sandbox.CaptureAsync("auth_nope", 10m, "ord-1:capture:1");

        Assert.Equal((PaymentOutcome.InvalidRequest, PaymentReasonCodes.AuthorizationNotFound), (result.Outcome, result.ReasonCode));
    }

    [Theory]
    [InlineData("", "USD", 10, PaymentReasonCodes.IdempotencyKeyRequired)]
    [InlineData("ord-1:authorize", "usd", 10, PaymentReasonCodes.InvalidCurrency)]
    [InlineData("ord-1:authorize", "USD", 0, PaymentReasonCodes.InvalidAmount)]
    [InlineData("ord-1:authorize", "USD", 10.001, PaymentReasonCodes.InvalidAmount)]
    [InlineData("ord-1:authorize", "JPY", 10.5, PaymentReasonCodes.InvalidAmount)]
    public async Task Malformed_authorization_requests_are_refused_without_remembering_the_key(string key, string currency, decimal amount, string reasonCode)
    {
        AuthorizationResult refused = await sandbox.Gateway.AuthorizeAsync(new AuthorizationRequest(key, "ord-1", SandboxTokens.Visa, amount, currency));

        Assert.Equal((PaymentOutcome.InvalidRequest, reasonCode), (refused.Outcome, refused.ReasonCode));
        Assert.Empty(await sandbox.Store.ListAsync(SandboxCollections.Idempotency, string.Empty));
    }

    [Fact]
    public async Task Amounts_are_remembered_by_value_so_ten_and_ten_point_zero_zero_are_the_same_request()
    {
        AuthorizationResult first = await sandbox.AuthorizeAsync(amount: 10m);
        AuthorizationResult second = await sandbox.AuthorizeAsync(amount: 10.00m);

        Assert.Equal(PaymentOutcome.Approved, second.Outcome);
        Assert.Equal(first.AuthorizationId, second.AuthorizationId);
    }

    [Fact]
    public async Task A_partial_reversal_gives_back_part_of_the_hold_once_per_key_and_never_more_than_is_held()
    {
        string authorizationId = await sandbox.ApprovedAuthorizationAsync(amount: 100m);

        ReversalResult first = await sandbox.Gateway.ReverseAsync(new ReversalRequest("ord-1:reverse:1", authorizationId, 35m));
        ReversalResult repeated = await sandbox.Gateway.ReverseAsync(new ReversalRequest("ord-1:reverse:1", authorizationId, 35m));
        ReversalResult tooMuch = await sandbox.Gateway.ReverseAsync(new ReversalRequest("ord-1:reverse:2", authorizationId, 65.01m));
        CaptureResult capture = await sandbox.CaptureAsync(authorizationId, 65m, "ord-1:capture:1");

        Assert.Equal((PaymentOutcome.Approved, 35m), (first.Outcome, first.Amount));
        Assert.Equal(first.ReversalId, repeated.ReversalId);
        Assert.Equal((PaymentOutcome.InvalidRequest, PaymentReasonCodes.ReversalExceedsRemaining), (tooMuch.Outcome, tooMuch.ReasonCode));
        Assert.Equal(PaymentOutcome.Approved, capture.Outcome);
        PaymentAuthorization held = (await sandbox.Gateway.GetAuthorizationAsync(authorizationId))!.Authorization;
        Assert.Equal((35m, 0m, PaymentAuthorizationStatus.Captured), (held.ReversedAmount, held.RemainingAmount, held.Status));
    }
}
