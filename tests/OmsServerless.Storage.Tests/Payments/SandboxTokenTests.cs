using OmsServerless.Domain.Payments;
using OmsServerless.Storage.Payments;

namespace OmsServerless.Storage.Tests.Payments;

public sealed class SandboxTokenTests
{
    private readonly SandboxGatewayFixture sandbox = new();

    [Theory]
    [InlineData(SandboxTokens.Visa)]
    [InlineData(SandboxTokens.Mastercard)]
    [InlineData(SandboxTokens.Amex)]
    [InlineData("tok_visa_4242")]
    public async Task Card_tokens_approve_and_hold_the_amount_for_the_configured_lifetime(string token)
    {
        AuthorizationResult result = await sandbox.AuthorizeAsync(token, 120.50m);

        Assert.Equal(PaymentOutcome.Approved, result.Outcome);
        Assert.StartsWith("auth_", result.AuthorizationId, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(result.GatewayReference));
        Assert.Equal((120.50m, "USD"), (result.AuthorizedAmount, result.Currency));
        Assert.Equal(SandboxGatewayFixture.Start, result.AuthorizedAt);
        Assert.Equal(SandboxGatewayFixture.Start.AddDays(7), result.ExpiresAt);
    }

    [Theory]
    [InlineData(SandboxTokens.Declined, PaymentOutcome.Declined, PaymentReasonCodes.CardDeclined)]
    [InlineData(SandboxTokens.InsufficientFunds, PaymentOutcome.InsufficientFunds, PaymentReasonCodes.InsufficientFunds)]
    [InlineData(SandboxTokens.ExpiredCard, PaymentOutcome.Declined, PaymentReasonCodes.ExpiredCard)]
    [InlineData("tok_declined_0002", PaymentOutcome.Declined, PaymentReasonCodes.CardDeclined)]
    [InlineData("tok_made_up", PaymentOutcome.InvalidRequest, PaymentReasonCodes.InvalidToken)]
    [InlineData("tok_visa4242", PaymentOutcome.InvalidRequest, PaymentReasonCodes.InvalidToken)]
    public async Task Refusing_tokens_authorize_nothing(string token, PaymentOutcome outcome, string reasonCode)
    {
        AuthorizationResult result = await sandbox.AuthorizeAsync(token);

        Assert.Equal((outcome, reasonCode), (result.Outcome, result.ReasonCode));
        Assert.Null(result.AuthorizationId);
        Assert.Empty(await sandbox.Gateway.ListAuthorizationsAsync());
    }

    [Fact]
    public async Task Decline_is_final_for_its_key_like_any_remembered_result()
    {
        AuthorizationResult first = await sandbox.AuthorizeAsync(SandboxTokens.Declined);
        AuthorizationResult retry = await sandbox.AuthorizeAsync(SandboxTokens.Declined);

        Assert.Equal(first, retry);
    }

    [Fact]
    public async Task Transient_once_token_fails_the_first_attempt_then_approves_the_retry_with_the_same_key()
    {
        AuthorizationResult first = await sandbox.AuthorizeAsync(SandboxTokens.TransientOnce);
        Assert.Equal((PaymentOutcome.TransientError, PaymentReasonCodes.GatewayUnavailable), (first.Outcome, first.ReasonCode));
        Assert.Empty(await sandbox.Gateway.ListAuthorizationsAsync());

        AuthorizationResult retry = await sandbox.AuthorizeAsync(SandboxTokens.TransientOnce);

        Assert.Equal(PaymentOutcome.Approved, retry.Outcome);
        Assert.Single(await sandbox.Gateway.ListAuthorizationsAsync());
    }

    [Fact]
    public async Task Transient_once_token_fails_the_first_attempt_of_every_new_key()
    {
        AuthorizationResult firstOrder = await sandbox.AuthorizeAsync(SandboxTokens.TransientOnce, key: "ord-1:authorize");
        AuthorizationResult secondOrder = await sandbox.AuthorizeAsync(SandboxTokens.TransientOnce, key: "ord-2:authorize", orderId: "ord-2");

        Assert.Equal(PaymentOutcome.TransientError, firstOrder.Outcome);
        Assert.Equal(PaymentOutcome.TransientError, secondOrder.Outcome);
    }

    [Fact]
    public async Task Transient_always_token_never_succeeds()
    {
        for (int attempt = 0; attempt < 5; attempt++)
        {
            Assert.Equal(PaymentOutcome.TransientError, (await sandbox.AuthorizeAsync(SandboxTokens.TransientAlways)).Outcome);
        }

        Assert.Empty(await sandbox.Gateway.ListAuthorizationsAsync());
    }

    [Fact]
    public async Task Timeout_once_token_charges_on_the_first_attempt_and_the_retry_returns_that_authorization()
    {
        AuthorizationResult first = await sandbox.AuthorizeAsync(SandboxTokens.TimeoutOnce);
        Assert.Equal((PaymentOutcome.Timeout, PaymentReasonCodes.GatewayTimeout), (first.Outcome, first.ReasonCode));
        SandboxAuthorization charged = Assert.Single(await sandbox.Gateway.ListAuthorizationsAsync());

        AuthorizationResult retry = await sandbox.AuthorizeAsync(SandboxTokens.TimeoutOnce);

        Assert.Equal(PaymentOutcome.Approved, retry.Outcome);
        Assert.Equal(charged.AuthorizationId, retry.AuthorizationId);
        Assert.Single(await sandbox.Gateway.ListAuthorizationsAsync());
    }

    [Fact]
    public async Task Expired_token_approves_an_authorization_that_can_never_be_captured()
    {
        AuthorizationResult authorization = await sandbox.AuthorizeAsync(SandboxTokens.ExpiredAuthorization);

        CaptureResult capture = await sandbox.CaptureAsync(authorization.AuthorizationId!, 10m, "ord-1:capture:1");

        Assert.Equal(PaymentOutcome.Approved, authorization.Outcome);
        Assert.True(authorization.ExpiresAt <= SandboxGatewayFixture.Start);
        Assert.Equal((PaymentOutcome.InvalidRequest, PaymentReasonCodes.AuthorizationExpired), (capture.Outcome, capture.ReasonCode));
    }

    [Fact]
    public async Task Transient_once_token_also_drives_captures_made_against_its_authorization()
    {
        string authorizationId = await sandbox.ApprovedAuthorizationAsync(SandboxTokens.TransientOnce);

        CaptureResult first = await sandbox.CaptureAsync(authorizationId, 40m, "ord-1:capture:1");
        CaptureResult retry = await sandbox.CaptureAsync(authorizationId, 40m, "ord-1:capture:1");

        Assert.Equal(PaymentOutcome.TransientError, first.Outcome);
        Assert.Equal(PaymentOutcome.Approved, retry.Outcome);
        Assert.Equal(40m, (await sandbox.Gateway.GetAuthorizationAsync(authorizationId))!.Authorization.CapturedAmount);
    }

    [Fact]
    public async Task Timeout_once_token_captures_once_even_though_the_first_answer_was_a_timeout()
    {
        string authorizationId = await sandbox.ApprovedAuthorizationAsync(SandboxTokens.TimeoutOnce);

        CaptureResult first = await sandbox.CaptureAsync(authorizationId, 40m, "ord-1:capture:1");
        CaptureResult retry = await sandbox.CaptureAsync(authorizationId, 40m, "ord-1:capture:1");

        Assert.Equal(PaymentOutcome.Timeout, first.Outcome);
        Assert.Equal(PaymentOutcome.Approved, retry.Outcome);
        Assert.Equal(40m, (await sandbox.Gateway.GetAuthorizationAsync(authorizationId))!.Authorization.CapturedAmount);
    }
}
