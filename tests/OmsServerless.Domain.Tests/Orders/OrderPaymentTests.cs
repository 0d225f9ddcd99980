using OmsServerless.Domain.Orders;
using OmsServerless.Domain.Payments;
using OmsServerless.Domain.Tests.Payments;

namespace OmsServerless.Domain.Tests.Orders;

public sealed class OrderPaymentTests
{
    private const string Orchestrator = OrderBuilder.Orchestrator;
    private static readonly DateTimeOffset Later = OrderClock.Minute(30);

    private static Order AuthorizedFor100() => OrderBuilder.From(new NewOrderRequestBuilder()
            .WithShipLine("SKU-A", 1, 60m)
            .WithShipLine("SKU-B", 1, 40m))
        .Released()
        .Build();

    [Fact]
    public void Partial_captures_per_shipment_are_recorded_until_the_authorization_is_used_up()
    {
        Order order = AuthorizedFor100();

        order.RecordCapture("auth_1001", new PaymentCapture("cap_1", 60m, Later), Orchestrator, Later);
        order.RecordCapture("auth_1001", new PaymentCapture("cap_2", 40m, Later), Orchestrator, Later);

        Assert.Equal(100m, order.CapturedAmount);
        Assert.Equal(PaymentAuthorizationStatus.Captured, Assert.Single(order.Payments).Status);
    }

    [Fact]
    public void Capture_above_what_is_left_is_refused_with_the_payment_code()
    {
        Order order = AuthorizedFor100();
        order.RecordCapture("auth_1001", new PaymentCapture("cap_1", 60m, Later), Orchestrator, Later);

        var refusal = Assert.Throws<OrderRuleException>(() =>
            order.RecordCapture("auth_1001", new PaymentCapture("cap_2", 40.01m, Later), Orchestrator, Later));

        Assert.Equal(PaymentReasonCodes.CaptureExceedsAuthorized, refusal.Code);
        Assert.Equal(60m, order.CapturedAmount);
    }

    [Fact]
    public void Refund_above_what_was_captured_is_refused()
    {
        Order order = AuthorizedFor100();
        order.RecordCapture("auth_1001", new PaymentCapture("cap_1", 60m, Later), Orchestrator, Later);
        order.RecordRefund(new PaymentRefund("re_1", "cap_1", 50m, Later), Orchestrator, Later);

        var refusal = Assert.Throws<OrderRuleException>(() =>
            order.RecordRefund(new PaymentRefund("re_2", "cap_1", 10.01m, Later), Orchestrator, Later));

        Assert.Equal(PaymentReasonCodes.RefundExceedsCaptured, refusal.Code);
        Assert.Equal(50m, order.RefundedAmount);
    }

    [Fact]
    public void Void_after_a_capture_is_refused()
    {
        Order order = AuthorizedFor100();
        order.RecordCapture("auth_1001", new PaymentCapture("cap_1", 60m, Later), Orchestrator, Later);

        var refusal = Assert.Throws<OrderRuleException>(() => order.RecordVoid("auth_1001", Orchestrator, Later));

        Assert.Equal(PaymentReasonCodes.VoidAfterCapture, refusal.Code);
    }

    [Fact]
    public void Void_of_a_cancelled_orders_authorization_is_recorded_once()
    {
        Order order = AuthorizedFor100();
        order.Cancel("Customer request.", "customer", Later);

        order.RecordVoid("auth_1001", Orchestrator, Later.AddMinutes(1));
        long version = order.Version;
        order.RecordVoid("auth_1001", Orchestrator, Later.AddMinutes(2));

        Assert.Equal(PaymentAuthorizationStatus.Voided, Assert.Single(order.Payments).Status);
        Assert.Equal(version, order.Version);
    }

    [Fact]
    public void Capture_after_the_authorization_expired_is_refused()
    {
        Order order = AuthorizedFor100();
        DateTimeOffset expiry = order.Payments[0].ExpiresAt;

        var refusal = Assert.Throws<OrderRuleException>(() =>
            order.RecordCapture("auth_1001", new PaymentCapture("cap_1", 60m, expiry.AddMinutes(1)), Orchestrator, expiry.AddMinutes(1)));

        Assert.Equal(PaymentReasonCodes.AuthorizationExpired, refusal.Code);
    }

    [Fact]
    public void Repeated_capture_is_recorded_once()
    {
        Order order = AuthorizedFor100();
        var capture = new PaymentCapture("cap_1", 60m, Later);
        order.RecordCapture("auth_1001", capture, Orchestrator, Later);
        long version = order.Version;

        order.RecordCapture("auth_1001", capture, Orchestrator, Later.AddMinutes(1));

        Assert.Equal(version, order.Version);
        Assert.Equal(60m, order.CapturedAmount);
    }

    [Fact]
    public void Capture_against_an_unknown_authorization_is_refused()
    {
        Order order = AuthorizedFor100();

        var refusal = Assert.Throws<OrderRuleException>(() =>
            order.RecordCapture("auth_404", new PaymentCapture("cap_1", 1m, Later), Orchestrator, Later));

        Assert.Equal(OrderErrorCodes.UnknownAuthorization, refusal.Code);
    }

    [Fact]
    public void Authorization_in_another_currency_is_refused()
    {
        Order order = OrderBuilder.ShipToHome().FraudAccepted().Build();
        PaymentAuthorization euros = PaymentAuthorizationBuilder.Usd(order.PayableAmount).WithCurrency("EUR").Build();

        Assert.Equal(OrderErrorCodes.PaymentMismatch, Assert.Throws<OrderRuleException>(() =>
            order.RecordPaymentAuthorization(euros, Orchestrator, Later)).Code);
    }

    [Fact]
    public void Money_movements_are_written_to_the_timeline_without_changing_the_status()
    {
        Order order = AuthorizedFor100();

        order.RecordCapture("auth_1001", new PaymentCapture("cap_1", 60m, Later), Orchestrator, Later);

        OrderTimelineEntry entry = order.Timeline[^1];
        Assert.Equal((OrderEventKind.PaymentCaptured, OrderStatus.Released, OrderStatus.Released), (entry.Event, entry.FromStatus, entry.ToStatus));
        Assert.Contains("cap_1", entry.Detail, StringComparison.Ordinal);
    }
}
