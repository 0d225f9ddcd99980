using OmsServerless.Domain.Addresses;
using OmsServerless.Domain.Fraud;
using OmsServerless.Domain.Orders;
using OmsServerless.Domain.RuleSets;
using OmsServerless.Domain.Tests.Addresses;
using OmsServerless.Domain.Tests.Payments;

namespace OmsServerless.Domain.Tests.Orders;

public sealed class OrderStateMachineTests
{
    private const string Orchestrator = OrderBuilder.Orchestrator;
    private static readonly DateTimeOffset Later = OrderClock.Minute(30);

    [Fact]
    public void Ship_to_home_order_goes_from_received_to_completed()
    {
        Order order = OrderBuilder.ShipToHome().Released().Build();
        Assert.Equal(OrderStatus.Released, order.Status);

        order.MarkLinesShipped(["1"], "node:DC-NJ-EDISON", Later);
        Assert.Equal(OrderStatus.Shipped, order.Status);

        order.Complete(Orchestrator, Later.AddDays(3));

        Assert.Equal(OrderStatus.Completed, order.Status);
        Assert.Equal(
            [
                OrderStatus.Received, OrderStatus.AddressValidated, OrderStatus.FraudAccepted, OrderStatus.PaymentAuthorized,
                OrderStatus.Allocated, OrderStatus.Released, OrderStatus.Shipped, OrderStatus.Completed,
            ],
            order.Timeline.Select(entry => entry.ToStatus));
    }

    [Fact]
    public void Bopis_order_completes_when_the_customer_picks_it_up()
    {
        Order order = OrderBuilder.From(new NewOrderRequestBuilder().WithBopisLine("SKU-A", 1, 30m, "STORE-NYC-5TH")).Released().Build();

        order.MarkLinesReadyForPickup(["1"], "store:STORE-NYC-5TH", Later);
        Assert.Equal(OrderStatus.ReadyForPickup, order.Status);
        order.MarkLinesPickedUp(["1"], "store:STORE-NYC-5TH", Later.AddHours(2));

        Assert.Equal(OrderStatus.Completed, order.Status);
        Assert.Equal(OrderLineStatus.PickedUp, order.Line("1").Status);
    }

    [Fact]
    public void Ropis_only_order_skips_payment_and_goes_straight_to_allocation()
    {
        Order order = OrderBuilder.From(NewOrderRequestBuilder.ReserveAndPayInStore()).FraudAccepted().Build();

        order.ApplyAllocation(OrderBuilder.AllocateEverything(order), Orchestrator, Later);

        Assert.Equal(OrderStatus.Allocated, order.Status);
        Assert.Empty(order.Payments);
    }

    [Fact]
    public void Ropis_only_order_refuses_a_payment_authorization()
    {
        Order order = OrderBuilder.From(NewOrderRequestBuilder.ReserveAndPayInStore()).FraudAccepted().Build();

        var refusal = Assert.Throws<OrderRuleException>(() =>
            order.RecordPaymentAuthorization(PaymentAuthorizationBuilder.Usd(10m).Build(), Orchestrator, Later));

        Assert.Equal(OrderErrorCodes.PaymentNotRequired, refusal.Code);
    }

    [Fact]
    public void Order_paid_online_cannot_be_sourced_before_payment_is_authorized()
    {
        Order order = OrderBuilder.ShipToHome().FraudAccepted().Build();

        var refusal = Assert.Throws<OrderRuleException>(() =>
            order.ApplyAllocation(OrderBuilder.AllocateEverything(order), Orchestrator, Later));

        Assert.Equal(OrderErrorCodes.PaymentRequired, refusal.Code);
        Assert.Equal(OrderStatus.FraudAccepted, order.Status);
    }

    [Fact]
    public void Release_before_allocation_is_refused()
    {
        Order order = OrderBuilder.ShipToHome().PaymentAuthorized().Build();
        long version = order.Version;

        var refusal = Assert.Throws<OrderRuleException>(() => order.Release(Orchestrator, Later));

        Assert.Equal(OrderErrorCodes.IllegalTransition, refusal.Code);
        Assert.Equal(OrderStatus.PaymentAuthorized, order.Status);
        Assert.Equal(version, order.Version);
    }

    [Fact]
    public void Second_different_authorization_is_refused()
    {
        Order order = OrderBuilder.ShipToHome().PaymentAuthorized().Build();

        var refusal = Assert.Throws<OrderRuleException>(() =>
            order.RecordPaymentAuthorization(OrderBuilder.AuthorizationFor(order, "auth_other"), Orchestrator, Later));

        Assert.Equal(OrderErrorCodes.PaymentAlreadyAuthorized, refusal.Code);
        Assert.Equal("auth_1001", Assert.Single(order.Payments).AuthorizationId);
    }

    [Fact]
    public void Recording_the_same_authorization_again_changes_nothing()
    {
        Order order = OrderBuilder.ShipToHome().PaymentAuthorized().Build();
        long version = order.Version;

        order.RecordPaymentAuthorization(OrderBuilder.AuthorizationFor(order), Orchestrator, Later);

        Assert.Equal(version, order.Version);
        Assert.Single(order.Payments);
    }

    [Fact]
    public void Authorization_for_less_than_the_payable_amount_is_refused()
    {
        Order order = OrderBuilder.ShipToHome().FraudAccepted().Build();

        var refusal = Assert.Throws<OrderRuleException>(() =>
            order.RecordPaymentAuthorization(PaymentAuthorizationBuilder.Usd(order.PayableAmount - 0.01m).Build(), Orchestrator, Later));

        Assert.Equal(OrderErrorCodes.PaymentMismatch, refusal.Code);
    }

    [Fact]
    public void Authorization_before_fraud_screening_is_refused()
    {
        Order order = OrderBuilder.ShipToHome().AddressValidated().Build();

        var refusal = Assert.Throws<OrderRuleException>(() =>
            order.RecordPaymentAuthorization(OrderBuilder.AuthorizationFor(order), Orchestrator, Later));

        Assert.Equal(OrderErrorCodes.IllegalTransition, refusal.Code);
    }

    [Fact]
    public void Invalid_address_rejects_the_order_with_every_fault_for_operations_and_a_message_for_the_customer()
    {
        NewOrderRequest request = NewOrderRequestBuilder.ShipToHome()
            .WithAddresses(AddressBuilder.NewYork().WithRegion("CA").Build(), AddressBuilder.NewYork().WithPostalCode("00000").Build())
            .Build();
        Order order = Order.Create("ord-1", request, OrderClock.PlacedAt, "customer");
        var validator = new AddressValidator(RealPostalCodes.UsDirectory());

        order.RecordAddressValidation(validator.Validate(order.ShippingAddress!), validator.Validate(order.BillingAddress!), Orchestrator, Later);

        Assert.Equal(OrderStatus.Rejected, order.Status);
        OrderRejection rejection = order.Rejection!;
        Assert.Equal(RejectionReason.AddressInvalid, rejection.Reason);
        Assert.StartsWith("shippingAddress.postalCode:", rejection.Detail, StringComparison.Ordinal);
        Assert.Contains("billingAddress.postalCode:", rejection.Detail, StringComparison.Ordinal);
        Assert.Contains("address", rejection.CustomerMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Valid_addresses_replace_the_captured_ones_with_their_normalised_form_and_location()
    {
        NewOrderRequest request = NewOrderRequestBuilder.ShipToHome()
            .WithAddresses(AddressBuilder.NewYork().WithLine1("400 west 33rd street").Build(), AddressBuilder.NewYork().Build())
            .Build();
        Order order = Order.Create("ord-1", request, OrderClock.PlacedAt, "customer");
        var validator = new AddressValidator(RealPostalCodes.UsDirectory());

        order.RecordAddressValidation(validator.Validate(order.ShippingAddress!), validator.Validate(order.BillingAddress!), Orchestrator, Later);

        Assert.Equal(OrderStatus.AddressValidated, order.Status);
        Assert.Equal("400 W 33RD ST", order.ShippingAddress!.Line1);
        OrderSnapshot snapshot = order.ToSnapshot();
        Assert.Equal(RealPostalCodes.NewYorkPennStation.Point, snapshot.ShippingLocation);
        Assert.Contains(snapshot.AddressCorrections, correction => correction.Field == "shippingAddress.line1");
    }

    [Fact]
    public void Address_result_for_an_address_the_order_does_not_have_is_a_caller_bug()
    {
        Order order = Order.Create("ord-1", NewOrderRequestBuilder.ReserveAndPayInStore().Build(), OrderClock.PlacedAt, "customer");
        AddressValidationResult result = new AddressValidator(RealPostalCodes.UsDirectory()).Validate(AddressBuilder.NewYork().Build());

        Assert.Throws<ArgumentException>(() => order.RecordAddressValidation(result, null, Orchestrator, Later));
    }

    [Theory]
    [InlineData(FraudDecision.Accept, OrderStatus.FraudAccepted)]
    [InlineData(FraudDecision.Review, OrderStatus.AwaitingFraudReview)]
    [InlineData(FraudDecision.Reject, OrderStatus.Rejected)]
    public void Fraud_decision_sets_the_next_status_and_records_the_rule_set_version(FraudDecision decision, OrderStatus expected)
    {
        Order order = OrderBuilder.ShipToHome().AddressValidated().Build();

        order.RecordFraudAssessment(OrderBuilder.Assessment(decision, 60), Orchestrator, Later);

        Assert.Equal(expected, order.Status);
        Assert.Equal(new RuleSetReference("demo-retailer", 4), order.ToSnapshot().FraudRuleSet);
        Assert.Equal(60, order.FraudAssessment!.TotalScore);
    }

    [Fact]
    public void Fraud_rejection_never_tells_the_customer_about_fraud()
    {
        Order order = OrderBuilder.ShipToHome().AddressValidated().Build();

        order.RecordFraudAssessment(OrderBuilder.Assessment(FraudDecision.Reject, 95), Orchestrator, Later);

        Assert.Equal(RejectionReason.FraudRejected, order.Rejection!.Reason);
        Assert.DoesNotContain("fraud", order.Rejection.CustomerMessage, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("high-value", order.Rejection.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyst_can_accept_an_order_under_review()
    {
        Order order = OrderBuilder.ShipToHome().AddressValidated().Build();
        order.RecordFraudAssessment(OrderBuilder.Assessment(FraudDecision.Review, 60), Orchestrator, Later);

        order.AcceptAfterFraudReview("Customer confirmed by phone.", "operations:alice", Later.AddHours(1));

        Assert.Equal(OrderStatus.FraudAccepted, order.Status);
        Assert.Equal(new FraudReviewResolution(true, "operations:alice", "Customer confirmed by phone.", Later.AddHours(1)), order.ToSnapshot().FraudReview);
    }

    [Fact]
    public void Analyst_can_reject_an_order_under_review()
    {
        Order order = OrderBuilder.ShipToHome().AddressValidated().Build();
        order.RecordFraudAssessment(OrderBuilder.Assessment(FraudDecision.Review, 60), Orchestrator, Later);

        order.RejectAfterFraudReview("Card reported stolen.", "operations:alice", Later.AddHours(1));

        Assert.Equal(RejectionReason.FraudRejected, order.Rejection!.Reason);
        Assert.Equal("operations:alice", order.Rejection.Actor);
    }

    [Fact]
    public void Review_decision_on_an_order_not_under_review_is_refused()
    {
        Order order = OrderBuilder.ShipToHome().FraudAccepted().Build();

        var refusal = Assert.Throws<OrderRuleException>(() => order.AcceptAfterFraudReview("ok", "operations:alice", Later));

        Assert.Equal(OrderErrorCodes.IllegalTransition, refusal.Code);
    }

    [Fact]
    public void Declined_payment_rejects_the_order()
    {
        Order order = OrderBuilder.ShipToHome().FraudAccepted().Build();

        order.RejectForDeclinedPayment("insufficient_funds", Orchestrator, Later);

        Assert.Equal(RejectionReason.PaymentDeclined, order.Rejection!.Reason);
        Assert.Contains("insufficient_funds", order.Rejection.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejected_order_refuses_every_further_step()
    {
        Order order = OrderBuilder.ShipToHome().FraudAccepted().Build();
        order.RejectForDeclinedPayment("card_declined", Orchestrator, Later);

        Assert.Equal(OrderErrorCodes.IllegalTransition, Assert.Throws<OrderRuleException>(() =>
            order.RecordPaymentAuthorization(OrderBuilder.AuthorizationFor(order), Orchestrator, Later)).Code);
        Assert.Equal(OrderErrorCodes.IllegalTransition, Assert.Throws<OrderRuleException>(() =>
            order.ParkForReview("look", "operations:alice", Later)).Code);
        Assert.Equal(OrderErrorCodes.IllegalTransition, Assert.Throws<OrderRuleException>(() =>
            order.Cancel("changed my mind", "customer", Later)).Code);
    }

    [Fact]
    public void Ship_to_address_line_cannot_be_marked_ready_for_pickup()
    {
        Order order = OrderBuilder.ShipToHome().Released().Build();

        var refusal = Assert.Throws<OrderRuleException>(() => order.MarkLinesReadyForPickup(["1"], "node:DC-NJ-EDISON", Later));

        Assert.Equal(OrderErrorCodes.IllegalTransition, refusal.Code);
        Assert.Contains("ShipToAddress", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Line_cannot_ship_before_it_is_released()
    {
        Order order = OrderBuilder.ShipToHome().Allocated().Build();

        var refusal = Assert.Throws<OrderRuleException>(() => order.MarkLinesShipped(["1"], "node:DC-NJ-EDISON", Later));

        Assert.Equal(OrderErrorCodes.IllegalTransition, refusal.Code);
    }

    [Fact]
    public void Line_cannot_be_picked_up_before_it_is_ready()
    {
        Order order = OrderBuilder.From(new NewOrderRequestBuilder().WithBopisLine("SKU-A", 1, 30m, "STORE-NYC-5TH")).Released().Build();

        Assert.Throws<OrderRuleException>(() => order.MarkLinesPickedUp(["1"], "store:STORE-NYC-5TH", Later));
    }

    [Fact]
    public void Repeated_shipment_event_changes_nothing()
    {
        Order order = OrderBuilder.ShipToHome().Released().Build();
        order.MarkLinesShipped(["1"], "node:DC-NJ-EDISON", Later);
        long version = order.Version;

        order.MarkLinesShipped(["1"], "node:DC-NJ-EDISON", Later.AddMinutes(1));

        Assert.Equal(version, order.Version);
    }

    [Fact]
    public void Completing_an_order_that_has_not_shipped_is_refused()
    {
        Order order = OrderBuilder.ShipToHome().Released().Build();

        Assert.Equal(OrderErrorCodes.IllegalTransition, Assert.Throws<OrderRuleException>(() => order.Complete(Orchestrator, Later)).Code);
    }

    [Fact]
    public void Partly_shipped_order_reports_partially_shipped()
    {
        Order order = OrderBuilder.From(new NewOrderRequestBuilder()
                .WithShipLine("SKU-A", 1, 10m)
                .WithShipLine("SKU-B", 1, 10m))
            .Released()
            .Build();

        order.MarkLinesShipped(["1"], "node:DC-NJ-EDISON", Later);

        Assert.Equal(OrderStatus.PartiallyShipped, order.Status);
    }

    [Fact]
    public void Parked_order_refuses_work_until_resumed_where_it_was()
    {
        Order order = OrderBuilder.ShipToHome().PaymentAuthorized().Build();
        order.ParkForReview("Sourcing failed three times.", "system:orchestrator", Later);

        Assert.Equal(OrderStatus.ParkedForReview, order.Status);
        Assert.Throws<OrderRuleException>(() => order.ApplyAllocation(OrderBuilder.AllocateEverything(order), Orchestrator, Later));

        order.ResumeFromReview("Stock corrected at DC.", "operations:alice", Later.AddHours(1));

        Assert.Equal(OrderStatus.PaymentAuthorized, order.Status);
        Assert.Null(order.ToSnapshot().ParkedFrom);
    }

    [Fact]
    public void Released_order_cannot_be_parked()
    {
        Order order = OrderBuilder.ShipToHome().Released().Build();

        Assert.Throws<OrderRuleException>(() => order.ParkForReview("Too late for that.", "operations:alice", Later));
    }
}
