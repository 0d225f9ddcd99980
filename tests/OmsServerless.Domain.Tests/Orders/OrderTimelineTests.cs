using OmsServerless.Domain.Orders;

namespace OmsServerless.Domain.Tests.Orders;

public sealed class OrderTimelineTests
{
    [Fact]
    public void Every_transition_adds_one_entry_with_who_what_when_and_the_status_move()
    {
        Order order = OrderBuilder.ShipToHome().Released().Build();

        Assert.Equal(
            [
                (1L, OrderEventKind.Created, "customer", OrderStatus.Received, OrderStatus.Received),
                (2L, OrderEventKind.AddressesValidated, OrderBuilder.Orchestrator, OrderStatus.Received, OrderStatus.AddressValidated),
                (3L, OrderEventKind.FraudAssessed, OrderBuilder.Orchestrator, OrderStatus.AddressValidated, OrderStatus.FraudAccepted),
                (4L, OrderEventKind.PaymentAuthorized, OrderBuilder.Orchestrator, OrderStatus.FraudAccepted, OrderStatus.PaymentAuthorized),
                (5L, OrderEventKind.Allocated, OrderBuilder.Orchestrator, OrderStatus.PaymentAuthorized, OrderStatus.Allocated),
                (6L, OrderEventKind.Released, OrderBuilder.Orchestrator, OrderStatus.Allocated, OrderStatus.Released),
            ],
            order.Timeline.Select(entry => (entry.Version, entry.Event, entry.Actor, entry.FromStatus, entry.ToStatus)));
        Assert.Equal(order.Timeline.Select(entry => entry.At).Order(), order.Timeline.Select(entry => entry.At));
        Assert.Equal(6, order.Version);
    }

    [Fact]
    public void Line_changes_are_listed_in_the_entry_that_made_them()
    {
        Order order = OrderBuilder.ShipToHome().Released().Build();

        order.CancelLines(["1"], "Customer request.", "operations:alice", OrderClock.Minute(30));

        OrderTimelineEntry entry = order.Timeline[^1];
        Assert.Equal((OrderEventKind.Cancelled, "operations:alice", "Customer request."), (entry.Event, entry.Actor, entry.Reason));
        Assert.Equal([new LineStatusChange("1", OrderLineStatus.Released, OrderLineStatus.Cancelled)], entry.LineChanges);
    }

    [Fact]
    public void Allocation_entry_names_the_nodes_shipments_and_sourcing_rule_set()
    {
        Order order = OrderBuilder.ShipToHome().Allocated().Build();

        string detail = order.Timeline[^1].Detail!;

        Assert.Contains("network-default v12", detail, StringComparison.Ordinal);
        Assert.Contains("1: 2 from DC-NJ-EDISON (SHP-1)", detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Refused_command_leaves_no_trace_in_the_timeline()
    {
        Order order = OrderBuilder.ShipToHome().PaymentAuthorized().Build();
        int entries = order.Timeline.Count;

        Assert.Throws<OrderRuleException>(() => order.Release(OrderBuilder.Orchestrator, OrderClock.Minute(30)));

        Assert.Equal(entries, order.Timeline.Count);
    }
}
