using OmsServerless.Domain.Fraud;
using OmsServerless.Domain.Orders;

namespace OmsServerless.Domain.Tests.Orders;

public sealed class OrderCancellationTests
{
    private static readonly DateTimeOffset Later = OrderClock.Minute(30);

    private static OrderBuilder ThreeLines() => OrderBuilder.From(new NewOrderRequestBuilder()
        .WithShipLine("SKU-A", 2, 10m)
        .WithShipLine("SKU-B", 1, 30m)
        .WithBopisLine("SKU-C", 1, 15m, "STORE-NYC-5TH"));

    [Fact]
    public void Whole_order_can_be_cancelled_before_anything_ships_and_reports_what_to_release()
    {
        Order order = ThreeLines().Released().Build();

        CancellationOutcome outcome = order.Cancel("Customer changed their mind.", "customer", Later);

        Assert.Equal(OrderStatus.Cancelled, order.Status);
        Assert.True(outcome.OrderCancelled);
        Assert.Equal(["1", "2", "3"], outcome.CancelledLines.Select(line => line.LineId));
        Assert.All(outcome.CancelledLines, line => Assert.Equal(OrderLineStatus.Released, line.PreviousStatus));
        Assert.Equal(["DC-NJ-EDISON", "DC-NJ-EDISON", "STORE-NYC-5TH"], outcome.CancelledLines.Select(line => Assert.Single(line.Allocations).NodeId));
        Assert.Equal(new Cancellation("Customer changed their mind.", "customer", Later), order.ToSnapshot().Cancellation);
    }

    [Fact]
    public void Order_is_not_cancellable_once_a_line_shipped_and_the_code_says_too_late()
    {
        Order order = ThreeLines().Released().Build();
        order.MarkLinesShipped(["1"], "node:DC-NJ-EDISON", Later);
        long version = order.Version;

        var refusal = Assert.Throws<OrderRuleException>(() => order.Cancel("Too slow.", "customer", Later.AddMinutes(1)));

        Assert.Equal(OrderErrorCodes.TooLateToCancel, refusal.Code);
        Assert.Equal(version, order.Version);
        Assert.Equal(OrderLineStatus.Released, order.Line("2").Status);
    }

    [Fact]
    public void Shipped_line_cannot_be_cancelled()
    {
        Order order = ThreeLines().Released().Build();
        order.MarkLinesShipped(["1"], "node:DC-NJ-EDISON", Later);

        var refusal = Assert.Throws<OrderRuleException>(() => order.CancelLines(["1", "2"], "Too slow.", "customer", Later));

        Assert.Equal(OrderErrorCodes.TooLateToCancel, refusal.Code);
        Assert.Equal(OrderLineStatus.Released, order.Line("2").Status);
    }

    [Fact]
    public void Picked_up_order_cannot_be_cancelled()
    {
        Order order = OrderBuilder.From(new NewOrderRequestBuilder().WithBopisLine("SKU-A", 1, 30m, "STORE-NYC-5TH")).Released().Build();
        order.MarkLinesReadyForPickup(["1"], "store:STORE-NYC-5TH", Later);
        order.MarkLinesPickedUp(["1"], "store:STORE-NYC-5TH", Later);

        Assert.Equal(OrderErrorCodes.TooLateToCancel, Assert.Throws<OrderRuleException>(() => order.Cancel("No.", "customer", Later)).Code);
    }

    [Fact]
    public void Some_lines_can_be_cancelled_while_the_rest_goes_on()
    {
        Order order = ThreeLines().Released().Build();

        CancellationOutcome outcome = order.CancelLines(["2"], "Out of budget.", "customer", Later);

        Assert.False(outcome.OrderCancelled);
        Assert.Equal(30m, Assert.Single(outcome.CancelledLines).Amount);
        Assert.Equal(OrderStatus.Released, order.Status);
        Assert.Equal(
            [OrderLineStatus.Released, OrderLineStatus.Cancelled, OrderLineStatus.Released],
            order.Lines.Select(line => line.Status));
        Assert.Equal(new Cancellation("Out of budget.", "customer", Later), order.Line("2").Cancellation);
        Assert.Equal(35m, order.PayableAmount);
    }

    [Fact]
    public void Remaining_lines_can_be_cancelled_after_others_shipped()
    {
        Order order = ThreeLines().Released().Build();
        order.MarkLinesShipped(["1", "2"], "node:DC-NJ-EDISON", Later);

        order.CancelLines(["3"], "Cannot get to the store.", "customer", Later.AddMinutes(1));

        Assert.Equal(OrderStatus.Shipped, order.Status);
    }

    [Fact]
    public void Cancelling_the_last_active_line_cancels_the_order()
    {
        Order order = ThreeLines().PaymentAuthorized().Build();
        order.CancelLines(["1", "2"], "Duplicate order.", "customer", Later);
        Assert.Equal(OrderStatus.PaymentAuthorized, order.Status);

        CancellationOutcome outcome = order.CancelLines(["3"], "Duplicate order.", "customer", Later.AddMinutes(1));

        Assert.True(outcome.OrderCancelled);
        Assert.Equal(OrderStatus.Cancelled, order.Status);
    }

    [Fact]
    public void Cancelling_already_cancelled_lines_changes_nothing()
    {
        Order order = ThreeLines().Released().Build();
        order.CancelLines(["2"], "Out of budget.", "customer", Later);
        long version = order.Version;
        int entries = order.Timeline.Count;

        CancellationOutcome repeat = order.CancelLines(["2"], "Out of budget.", "customer", Later.AddMinutes(5));

        Assert.False(repeat.ChangedAnything);
        Assert.Equal(["2"], repeat.UnchangedLineIds);
        Assert.Equal(version, order.Version);
        Assert.Equal(entries, order.Timeline.Count);
        Assert.Equal(Later, order.Line("2").Cancellation!.CancelledAt);
    }

    [Fact]
    public void Cancelling_a_cancelled_order_again_changes_nothing()
    {
        Order order = ThreeLines().Allocated().Build();
        order.Cancel("Customer request.", "customer", Later);
        long version = order.Version;

        CancellationOutcome repeat = order.Cancel("Customer request.", "customer", Later.AddMinutes(1));

        Assert.True(repeat.OrderCancelled);
        Assert.False(repeat.ChangedAnything);
        Assert.Equal(version, order.Version);
    }

    [Fact]
    public void Mixed_request_cancels_the_active_lines_and_skips_cancelled_ones()
    {
        Order order = ThreeLines().Allocated().Build();
        order.CancelLines(["1"], "First thoughts.", "customer", Later);

        CancellationOutcome outcome = order.CancelLines(["1", "2"], "Second thoughts.", "customer", Later.AddMinutes(1));

        Assert.Equal(["2"], outcome.CancelledLines.Select(line => line.LineId));
        Assert.Equal(["1"], outcome.UnchangedLineIds);
        Assert.Equal("First thoughts.", order.Line("1").Cancellation!.Reason);
    }

    [Fact]
    public void Unknown_line_refuses_the_whole_cancellation()
    {
        Order order = ThreeLines().Allocated().Build();

        var refusal = Assert.Throws<OrderRuleException>(() => order.CancelLines(["2", "42"], "Oops.", "customer", Later));

        Assert.Equal(OrderErrorCodes.LineNotFound, refusal.Code);
        Assert.Equal(OrderLineStatus.Allocated, order.Line("2").Status);
    }

    [Fact]
    public void Line_waiting_for_pickup_can_still_be_cancelled()
    {
        Order order = ThreeLines().Released().Build();
        order.MarkLinesReadyForPickup(["3"], "store:STORE-NYC-5TH", Later);

        CancellationOutcome outcome = order.CancelLines(["3"], "Not collected in time.", "system:pickup-timer", Later.AddDays(7));

        Assert.Equal(OrderLineStatus.ReadyForPickup, Assert.Single(outcome.CancelledLines).PreviousStatus);
    }

    [Fact]
    public void Order_can_be_cancelled_while_under_fraud_review()
    {
        Order order = ThreeLines().AddressValidated().Build();
        order.RecordFraudAssessment(OrderBuilder.Assessment(FraudDecision.Review, 60), OrderBuilder.Orchestrator, Later);

        order.Cancel("Customer cancelled by phone.", "operations:bob", Later.AddMinutes(5));

        Assert.Equal(OrderStatus.Cancelled, order.Status);
    }

    [Fact]
    public void Parked_order_stays_parked_when_some_lines_are_cancelled()
    {
        Order order = ThreeLines().Allocated().Build();
        order.ParkForReview("Address looks odd.", "operations:alice", Later);

        order.CancelLines(["1"], "Customer request.", "customer", Later.AddMinutes(1));

        Assert.Equal(OrderStatus.ParkedForReview, order.Status);
    }
}
