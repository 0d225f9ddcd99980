using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Orders;
using OmsServerless.Domain.RuleSets;

namespace OmsServerless.Domain.Tests.Orders;

public sealed class OrderAllocationTests
{
    private const string Orchestrator = OrderBuilder.Orchestrator;
    private static readonly DateTimeOffset Later = OrderClock.Minute(30);
    private static readonly RuleSetReference Sourcing = new("network-default", 12);

    private static Order TwoShipLines() => OrderBuilder.From(new NewOrderRequestBuilder()
            .WithShipLine("SKU-A", 4, 10m)
            .WithShipLine("SKU-B", 1, 50m))
        .PaymentAuthorized()
        .Build();

    [Fact]
    public void Line_may_be_split_across_nodes_and_the_decision_is_recorded_with_its_rule_set()
    {
        Order order = TwoShipLines();
        var plan = new AllocationPlan("routing/ord-1001/1", Sourcing,
        [
            new LineAllocation("1", "DC-NJ-EDISON", 3, "SHP-1", DeliveryMethod.ShipToAddress),
            new LineAllocation("1", "STORE-NYC-5TH", 1, "SHP-2", DeliveryMethod.ShipToAddress),
            new LineAllocation("2", "DC-NJ-EDISON", 1, "SHP-1", DeliveryMethod.ShipToAddress),
        ]);

        order.ApplyAllocation(plan, Orchestrator, Later);

        Assert.Equal(OrderStatus.Allocated, order.Status);
        Assert.Equal(2, order.Line("1").Allocations.Count);
        OrderSnapshot snapshot = order.ToSnapshot();
        Assert.Equal(Sourcing, snapshot.SourcingRuleSet);
        AllocationDecision decision = Assert.Single(snapshot.AllocationDecisions);
        Assert.Equal(("routing/ord-1001/1", Later), (decision.RoutingExplanationRef, decision.DecidedAt));
        Assert.Equal(["1", "2"], decision.AllocatedLineIds);
    }

    [Fact]
    public void Partly_sourced_order_is_allocated_with_the_rest_backordered()
    {
        Order order = TwoShipLines();
        var plan = new AllocationPlan("routing/1", Sourcing, [new LineAllocation("1", "DC-NJ-EDISON", 4, "SHP-1", DeliveryMethod.ShipToAddress)], BackorderedLineIds: ["2"]);

        order.ApplyAllocation(plan, Orchestrator, Later);

        Assert.Equal(OrderStatus.Allocated, order.Status);
        Assert.Equal(OrderLineStatus.Backordered, order.Line("2").Status);
    }

    [Fact]
    public void Order_with_nothing_in_stock_is_backordered_then_allocated_when_stock_arrives()
    {
        Order order = TwoShipLines();
        order.ApplyAllocation(new AllocationPlan("routing/1", Sourcing, [], BackorderedLineIds: ["1", "2"]), Orchestrator, Later);
        Assert.Equal(OrderStatus.Backordered, order.Status);

        order.ApplyAllocation(OrderBuilder.AllocateEverything(order), Orchestrator, Later.AddDays(2));

        Assert.Equal(OrderStatus.Allocated, order.Status);
        Assert.Equal(2, order.ToSnapshot().AllocationDecisions.Count);
    }

    [Fact]
    public void Order_whose_every_line_is_unfillable_is_rejected_as_not_fillable()
    {
        Order order = TwoShipLines();

        order.ApplyAllocation(new AllocationPlan("routing/1", Sourcing, [], UnfillableLineIds: ["1", "2"]), Orchestrator, Later);

        Assert.Equal(OrderStatus.Rejected, order.Status);
        Assert.Equal(RejectionReason.NotFillable, order.Rejection!.Reason);
        Assert.All(order.Lines, line => Assert.Equal(OrderLineStatus.Unfillable, line.Status));
    }

    [Fact]
    public void Plan_that_does_not_fit_is_refused_with_every_problem_and_changes_nothing()
    {
        Order order = OrderBuilder.From(new NewOrderRequestBuilder()
                .WithShipLine("SKU-A", 4, 10m)
                .WithBopisLine("SKU-B", 1, 50m, "STORE-NYC-5TH")
                .WithShipLine("SKU-C", 1, 5m))
            .PaymentAuthorized()
            .Build();
        long version = order.Version;
        var plan = new AllocationPlan("routing/1", Sourcing,
        [
            new LineAllocation("1", "DC-NJ-EDISON", 3, "SHP-1", DeliveryMethod.ShipToAddress),
            new LineAllocation("2", "STORE-BOSTON", 1, "SHP-2", DeliveryMethod.Bopis),
            new LineAllocation("9", "DC-NJ-EDISON", 1, "SHP-1", DeliveryMethod.ShipToAddress),
        ]);

        var refusal = Assert.Throws<OrderRuleException>(() => order.ApplyAllocation(plan, Orchestrator, Later));

        Assert.Equal(OrderErrorCodes.AllocationInvalid, refusal.Code);
        Assert.Contains("customer collects Bopis at STORE-NYC-5TH", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("line 9 does not exist", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("line 1 has 3 of 4 units allocated", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("line 3 waits for sourcing but is neither", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(version, order.Version);
        Assert.All(order.Lines, line => Assert.Equal(OrderLineStatus.Open, line.Status));
    }

    [Fact]
    public void Allocation_must_keep_the_lines_delivery_method()
    {
        Order order = TwoShipLines();
        var plan = new AllocationPlan("routing/1", Sourcing,
        [
            new LineAllocation("1", "STORE-NYC-5TH", 4, "SHP-1", DeliveryMethod.Bopis),
            new LineAllocation("2", "DC-NJ-EDISON", 1, "SHP-1", DeliveryMethod.ShipToAddress),
        ]);

        var refusal = Assert.Throws<OrderRuleException>(() => order.ApplyAllocation(plan, Orchestrator, Later));

        Assert.Contains("is Bopis but the line is ShipToAddress", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Allocating_an_already_allocated_order_is_refused()
    {
        Order order = OrderBuilder.ShipToHome().Allocated().Build();

        var refusal = Assert.Throws<OrderRuleException>(() => order.ApplyAllocation(OrderBuilder.AllocateEverything(order), Orchestrator, Later));

        Assert.Equal(OrderErrorCodes.IllegalTransition, refusal.Code);
    }

    [Fact]
    public void Deallocated_lines_return_to_open_and_report_the_reservations_to_release()
    {
        Order order = OrderBuilder.ShipToHome().Released().Build();

        IReadOnlyList<LineAllocation> released = order.Deallocate(["1"], "Node rejected: short pick.", Orchestrator, Later);

        Assert.Equal(OrderBuilder.DistributionCenter, Assert.Single(released).NodeId);
        Assert.Equal(OrderLineStatus.Open, order.Line("1").Status);
        Assert.Empty(order.Line("1").Allocations);
        Assert.Equal(OrderStatus.PaymentAuthorized, order.Status);
    }

    [Fact]
    public void Re_routed_line_can_be_allocated_and_released_again()
    {
        Order order = OrderBuilder.ShipToHome().Released().Build();
        order.Deallocate(["1"], "SLA missed.", Orchestrator, Later);

        order.ApplyAllocation(OrderBuilder.AllocateEverything(order, "SHP-2"), Orchestrator, Later.AddMinutes(1));
        IReadOnlyList<LineAllocation> released = order.Release(Orchestrator, Later.AddMinutes(2));

        Assert.Equal("SHP-2", Assert.Single(released).ShipmentId);
        Assert.Equal(OrderStatus.Released, order.Status);
    }

    [Fact]
    public void Giving_up_the_only_backordered_lines_rejects_the_order_as_not_fillable()
    {
        Order order = TwoShipLines();
        order.ApplyAllocation(new AllocationPlan("routing/1", Sourcing, [], BackorderedLineIds: ["1", "2"]), Orchestrator, Later);

        order.GiveUpBackorders("Supplier discontinued the items.", Orchestrator, Later.AddDays(14));

        Assert.Equal(RejectionReason.NotFillable, order.Rejection!.Reason);
    }

    [Fact]
    public void Giving_up_some_backorders_keeps_the_rest_of_the_order_going()
    {
        Order order = TwoShipLines();
        order.ApplyAllocation(
            new AllocationPlan("routing/1", Sourcing, [new LineAllocation("1", "DC-NJ-EDISON", 4, "SHP-1", DeliveryMethod.ShipToAddress)], BackorderedLineIds: ["2"]),
            Orchestrator,
            Later);

        order.GiveUpBackorders("Discontinued.", Orchestrator, Later.AddDays(14));

        Assert.Equal(OrderStatus.Allocated, order.Status);
        Assert.Equal(OrderLineStatus.Unfillable, order.Line("2").Status);
        Assert.Equal(40m, order.PayableAmount);
    }

    [Fact]
    public void Release_returns_the_allocations_to_send_to_the_nodes()
    {
        Order order = OrderBuilder.From(new NewOrderRequestBuilder()
                .WithShipLine("SKU-A", 1, 10m)
                .WithBopisLine("SKU-B", 1, 10m, "STORE-NYC-5TH"))
            .Allocated()
            .Build();

        IReadOnlyList<LineAllocation> released = order.Release(Orchestrator, Later);

        Assert.Equal(["DC-NJ-EDISON", "STORE-NYC-5TH"], released.Select(allocation => allocation.NodeId));
        Assert.All(order.Lines, line => Assert.Equal(OrderLineStatus.Released, line.Status));
    }
}
