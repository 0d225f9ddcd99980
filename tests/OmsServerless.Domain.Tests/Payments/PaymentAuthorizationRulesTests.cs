using System.Text.Json;
using OmsServerless.Domain.Payments;

namespace OmsServerless.Domain.Tests.Payments;

public sealed class PaymentAuthorizationRulesTests
{
    private static readonly DateTimeOffset OneHourLater = PaymentAuthorizationBuilder.AuthorizedAt.AddHours(1);

    [Fact]
    public void Several_partial_captures_may_take_the_whole_authorized_amount()
    {
        PaymentAuthorization authorization = PaymentAuthorizationBuilder.Usd(100m).Build();

        authorization = authorization
            .WithCapture(new PaymentCapture("cap_1", 60m, OneHourLater))
            .WithCapture(new PaymentCapture("cap_2", 40m, OneHourLater));

        Assert.Equal(100m, authorization.CapturedAmount);
        Assert.Equal(0m, authorization.RemainingAmount);
        Assert.Equal(PaymentAuthorizationStatus.Captured, authorization.Status);
    }

    [Fact]
    public void Capture_above_what_is_left_on_the_authorization_is_refused()
    {
        PaymentAuthorization authorization = PaymentAuthorizationBuilder.Usd(100m).Build()
            .WithCapture(new PaymentCapture("cap_1", 60m, OneHourLater));

        var refusal = Assert.Throws<PaymentRuleException>(() =>
            authorization.WithCapture(new PaymentCapture("cap_2", 40.01m, OneHourLater)));

        Assert.Equal(PaymentReasonCodes.CaptureExceedsAuthorized, refusal.Code);
        Assert.Equal(60m, authorization.CapturedAmount);
    }

    [Fact]
    public void Capture_at_or_after_expiry_is_refused()
    {
        PaymentAuthorization authorization = PaymentAuthorizationBuilder.Usd(100m).WithLifetime(TimeSpan.FromDays(7)).Build();

        PaymentRuleViolation? atExpiry = authorization.CheckCapture(10m, authorization.ExpiresAt);
        PaymentRuleViolation? justBefore = authorization.CheckCapture(10m, authorization.ExpiresAt.AddTicks(-1));

        Assert.Equal(PaymentReasonCodes.AuthorizationExpired, atExpiry?.Code);
        Assert.Null(justBefore);
    }

    [Fact]
    public void Capture_after_void_is_refused()
    {
        PaymentAuthorization voided = PaymentAuthorizationBuilder.Usd(100m).Build().WithVoid(OneHourLater);

        PaymentRuleViolation? violation = voided.CheckCapture(10m, OneHourLater);

        Assert.Equal(PaymentReasonCodes.AuthorizationVoided, violation?.Code);
        Assert.Equal(PaymentAuthorizationStatus.Voided, voided.Status);
        Assert.Equal(0m, voided.RemainingAmount);
    }

    [Fact]
    public void Void_after_a_capture_is_refused()
    {
        PaymentAuthorization authorization = PaymentAuthorizationBuilder.Usd(100m).Build()
            .WithCapture(new PaymentCapture("cap_1", 1m, OneHourLater));

        var refusal = Assert.Throws<PaymentRuleException>(() => authorization.WithVoid(OneHourLater));

        Assert.Equal(PaymentReasonCodes.VoidAfterCapture, refusal.Code);
    }

    [Fact]
    public void Second_void_is_refused()
    {
        PaymentAuthorization voided = PaymentAuthorizationBuilder.Usd(100m).Build().WithVoid(OneHourLater);

        Assert.Equal(PaymentReasonCodes.AuthorizationVoided, voided.CheckVoid()?.Code);
    }

    [Fact]
    public void Refunds_may_return_up_to_what_was_captured_and_no_more()
    {
        PaymentAuthorization authorization = PaymentAuthorizationBuilder.Usd(100m).Build()
            .WithCapture(new PaymentCapture("cap_1", 60m, OneHourLater))
            .WithRefund(new PaymentRefund("re_1", "cap_1", 20m, OneHourLater))
            .WithRefund(new PaymentRefund("re_2", "cap_1", 40m, OneHourLater));

        PaymentRuleViolation? oneCentMore = authorization.CheckRefund("cap_1", 0.01m);

        Assert.Equal(60m, authorization.RefundedAmount);
        Assert.Equal(PaymentAuthorizationStatus.Refunded, authorization.Status);
        Assert.Equal(PaymentReasonCodes.RefundExceedsCaptured, oneCentMore?.Code);
    }

    [Fact]
    public void Refund_limit_is_per_capture_not_for_the_whole_authorization()
    {
        PaymentAuthorization authorization = PaymentAuthorizationBuilder.Usd(100m).Build()
            .WithCapture(new PaymentCapture("cap_1", 60m, OneHourLater))
            .WithCapture(new PaymentCapture("cap_2", 40m, OneHourLater));

        PaymentRuleViolation? overSecondCapture = authorization.CheckRefund("cap_2", 50m);

        Assert.Equal(PaymentReasonCodes.RefundExceedsCaptured, overSecondCapture?.Code);
    }

    [Fact]
    public void Refund_of_an_unknown_capture_is_refused()
    {
        PaymentAuthorization authorization = PaymentAuthorizationBuilder.Usd(100m).Build();

        Assert.Equal(PaymentReasonCodes.CaptureNotFound, authorization.CheckRefund("cap_missing", 1m)?.Code);
    }

    [Fact]
    public void Refund_is_allowed_after_the_authorization_expired()
    {
        PaymentAuthorization authorization = PaymentAuthorizationBuilder.Usd(100m).Build()
            .WithCapture(new PaymentCapture("cap_1", 60m, OneHourLater));

        PaymentAuthorization refunded = authorization.WithRefund(
            new PaymentRefund("re_1", "cap_1", 10m, authorization.ExpiresAt.AddDays(30)));

        Assert.Equal(PaymentAuthorizationStatus.PartiallyRefunded, refunded.Status);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(1.005)]
    public void Capture_amount_must_be_positive_and_fit_the_currency(decimal amount)
    {
        PaymentAuthorization authorization = PaymentAuthorizationBuilder.Usd(100m).Build();

        Assert.Equal(PaymentReasonCodes.InvalidAmount, authorization.CheckCapture(amount, OneHourLater)?.Code);
    }

    [Fact]
    public void Recording_the_same_capture_twice_counts_it_once()
    {
        var capture = new PaymentCapture("cap_1", 60m, OneHourLater);

        PaymentAuthorization authorization = PaymentAuthorizationBuilder.Usd(100m).Build().WithCapture(capture).WithCapture(capture);

        Assert.Equal(60m, authorization.CapturedAmount);
        Assert.Single(authorization.Captures);
    }

    [Fact]
    public void Partial_capture_reports_partially_captured()
    {
        PaymentAuthorization authorization = PaymentAuthorizationBuilder.Usd(100m).Build()
            .WithCapture(new PaymentCapture("cap_1", 30m, OneHourLater));

        Assert.Equal(PaymentAuthorizationStatus.PartiallyCaptured, authorization.Status);
        Assert.Equal(70m, authorization.RemainingAmount);
    }

    [Fact]
    public void Authorization_round_trips_through_json_with_its_captures_and_refunds()
    {
        PaymentAuthorization authorization = PaymentAuthorizationBuilder.Usd(100m).Build()
            .WithCapture(new PaymentCapture("cap_1", 60m, OneHourLater))
            .WithRefund(new PaymentRefund("re_1", "cap_1", 5.5m, OneHourLater));

        string json = JsonSerializer.Serialize(authorization, JsonSerializerOptions.Web);
        PaymentAuthorization back = JsonSerializer.Deserialize<PaymentAuthorization>(json, JsonSerializerOptions.Web)!;

        Assert.Contains("\"status\":\"PartiallyRefunded\"", json, StringComparison.Ordinal);
        Assert.Equal(authorization.Captures, back.Captures);
        Assert.Equal(authorization.Refunds, back.Refunds);
        Assert.Equal(JsonSerializer.Serialize(authorization, JsonSerializerOptions.Web), JsonSerializer.Serialize(back, JsonSerializerOptions.Web));
    }

    [Fact]
    public void Only_an_approved_authorization_result_becomes_an_authorization()
    {
        AuthorizationResult declined = AuthorizationResult.Failure(PaymentOutcome.Declined, PaymentReasonCodes.CardDeclined, "Declined.");

        Assert.Throws<InvalidOperationException>(declined.ToPaymentAuthorization);
    }

    [Fact]
    public void A_reversal_lowers_the_hold_and_the_rest_can_still_be_captured_in_full()
    {
        PaymentAuthorization authorization = PaymentAuthorizationBuilder.Usd(100m).Build()
            .WithReversal(new PaymentReversal("rev_1", 30m, OneHourLater))
            .WithReversal(new PaymentReversal("rev_1", 30m, OneHourLater));

        Assert.Equal((30m, 70m), (authorization.ReversedAmount, authorization.RemainingAmount));
        authorization = authorization.WithCapture(new PaymentCapture("cap_1", 70m, OneHourLater));
        Assert.Equal(PaymentAuthorizationStatus.Captured, authorization.Status);
        Assert.Equal(PaymentReasonCodes.CaptureExceedsAuthorized, authorization.CheckCapture(0.01m, OneHourLater)?.Code);
    }

    [Fact]
    public void A_reversal_gives_back_at_most_what_is_still_held_and_nothing_once_voided_or_expired()
    {
        PaymentAuthorization partlyCaptured = PaymentAuthorizationBuilder.Usd(100m).WithLifetime(TimeSpan.FromDays(7)).Build()
            .WithCapture(new PaymentCapture("cap_1", 60m, OneHourLater));

        Assert.Equal(PaymentReasonCodes.ReversalExceedsRemaining, partlyCaptured.CheckReversal(40.01m, OneHourLater)?.Code);
        Assert.Null(partlyCaptured.CheckReversal(40m, OneHourLater));
        Assert.Equal(PaymentReasonCodes.AuthorizationExpired, partlyCaptured.CheckReversal(1m, PaymentAuthorizationBuilder.AuthorizedAt.AddDays(7))?.Code);
        Assert.Equal(PaymentReasonCodes.AuthorizationVoided, PaymentAuthorizationBuilder.Usd(100m).Build().WithVoid(OneHourLater).CheckReversal(1m, OneHourLater)?.Code);
    }
}
