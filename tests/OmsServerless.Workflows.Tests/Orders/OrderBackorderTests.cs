using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Inventory;
using OmsServerless.Domain.Orders;
using OmsServerless.Domain.Payments;
using OmsServerless.Workflows.Orders;
using static OmsServerless.Workflows.Tests.TestNetwork;

namespace OmsServerless.Workflows.Tests.Orders;

/// <summary>Lines promised from inbound stock: released when the receipt lands, given up when it does not in time.</summary>
public sealed class OrderBackorderTests : IAsyncLifetime
{
    private readonly WorkflowHarness _workflow = new();

    public Task InitializeAsync() => _workflow.InitializeAsync();

    public Task DisposeAsync() => _workflow.DisposeAsync();

    [Fact]
    public async Task A_backordered_line_is_reserved_and_released_once_its_inbound_stock_is_received()
    {
        await MoveAsync("asn-77", MovementType.Inbound, Lamp, 5);
        string orderId = await _workflow.PlaceAsync(OrderRequests.Ship("tok_visa", (Lamp, 2, 60.00m)));
        await _workflow.WaitForStageAsync(orderId, OrderStage.AwaitingStock);
        Assert.Equal(OrderStatus.Backordered, _workflow.Orders.Get(orderId).Status);
        Assert.Empty(await _workflow.Fulfillment.ListByOrderAsync(orderId, CancellationToken.None));

        await MoveAsync("asn-77-receipt", MovementType.Receipt, Lamp, 5);
        await _workflow.WaitForStageAsync(orderId, OrderStage.Released);

        OrderSnapshot order = _workflow.Orders.Get(orderId);
        Assert.Equal((OrderStatus.Released, OrderLineStatus.Released), (order.Status, Assert.Single(order.Lines).Status));
        Assert.Equal([["1"], []], order.AllocationDecisions.Select(d => d.BackorderedLineIds));
        InventoryBalance balance = _workflow.Inventory.Balance(Lamp, Dc);
        Assert.Equal((5, 0, 2), (balance.OnHand, balance.InTransit, balance.Reserved));
        FulfillmentOrder fulfillment = Assert.Single(await _workflow.Fulfillment.ListByOrderAsync(orderId, CancellationToken.None));
        Assert.Equal((Dc, 2), (fulfillment.NodeId, fulfillment.Lines.Sum(l => l.Quantity)));
    }

    [Fact]
    public async Task Lines_in_stock_ship_at_once_and_a_backorder_that_never_arrives_becomes_unfillable_and_leaves_the_hold()
    {
        _workflow.Inventory.Stock(Tee, Dc, 10);
        await MoveAsync("asn-78", MovementType.Inbound, Lamp, 5);

        string orderId = await _workflow.PlaceAsync(OrderRequests.Ship("tok_visa", (Tee, 1, 19.00m), (Lamp, 1, 60.00m)));
        await _workflow.WaitForStageAsync(orderId, OrderStage.AwaitingStock);
        Assert.Single(await _workflow.Fulfillment.ListByOrderAsync(orderId, CancellationToken.None));
        await _workflow.WaitForStageAsync(orderId, OrderStage.Released);

        OrderSnapshot order = _workflow.Orders.Get(orderId);
        Assert.Equal(OrderStatus.Released, order.Status);
        Assert.Equal([OrderLineStatus.Released, OrderLineStatus.Unfillable], order.Lines.Select(l => l.Status));
        Assert.Contains(order.Timeline, e => e.Event == OrderEventKind.BackordersGivenUp);
        PaymentAuthorization held = Assert.Single(await _workflow.Payments.ListAuthorizationsAsync(orderId)).Authorization;
        Assert.Equal((79.00m, 19.00m), (held.AuthorizedAmount, held.RemainingAmount));
        Assert.Null(held.VoidedAt);
        Assert.Equal(0, _workflow.Inventory.Balance(Lamp, Dc).Reserved);
    }

    [Fact]
    public async Task An_order_whose_only_backorder_is_given_up_is_rejected_and_its_authorization_voided()
    {
        await MoveAsync("asn-79", MovementType.Inbound, Lamp, 5);

        string orderId = await _workflow.PlaceAsync(OrderRequests.Ship("tok_visa", (Lamp, 1, 60.00m)));
        OrderWorkflowResult result = await _workflow.WaitForEndAsync(orderId);

        Assert.Equal(OrderStatus.Rejected, result.Status);
        Assert.Equal(RejectionReason.NotFillable, _workflow.Orders.Get(orderId).Rejection!.Reason);
        Assert.NotNull(Assert.Single(await _workflow.Payments.ListAuthorizationsAsync(orderId)).Authorization.VoidedAt);
    }

    [Fact]
    public async Task Cancelling_while_waiting_for_stock_ends_the_order_and_voids_the_authorization()
    {
        await MoveAsync("asn-80", MovementType.Inbound, Lamp, 5);
        string orderId = await _workflow.PlaceAsync(OrderRequests.Ship("tok_visa", (Lamp, 1, 60.00m)));
        await _workflow.WaitForStageAsync(orderId, OrderStage.AwaitingStock);

        await _workflow.Client.RaiseEventAsync(orderId, OrderWorkflowEvents.CancelRequested, new CancelOrderRequest(null, "found it cheaper", "customer"));
        OrderWorkflowResult result = await _workflow.WaitForEndAsync(orderId);

        Assert.Equal(OrderStatus.Cancelled, result.Status);
        Assert.NotNull(Assert.Single(await _workflow.Payments.ListAuthorizationsAsync(orderId)).Authorization.VoidedAt);
    }

    private Task MoveAsync(string movementId, MovementType type, string sku, int quantity) =>
        _workflow.Inventory.ApplyAsync(new InventoryMovement(movementId, type, sku, Dc, quantity, DateTimeOffset.UtcNow, "wms"), CancellationToken.None);
}
