using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Inventory;
using OmsServerless.Domain.Orders;
using OmsServerless.Domain.Sourcing;
using OmsServerless.Domain.Sourcing.Decisions;
using OmsServerless.Storage.Payments;
using OmsServerless.Workflows.Orders;
using static OmsServerless.Workflows.Tests.TestNetwork;

namespace OmsServerless.Workflows.Tests.Orders;

/// <summary>Each path of the order orchestration, on the in-memory Durable test host.</summary>
public sealed class OrderOrchestratorTests : IAsyncLifetime
{
    private readonly WorkflowHarness _workflow = new();

    public Task InitializeAsync() => _workflow.InitializeAsync();

    public Task DisposeAsync() => _workflow.DisposeAsync();

    [Fact]
    public async Task An_accepted_order_is_authorized_reserved_and_released()
    {
        _workflow.Inventory.Stock(Tee, Dc, 10);

        string orderId = await _workflow.PlaceAsync(OrderRequests.Ship("tok_visa", (Tee, 2, 19.00m)));
        await _workflow.WaitForStageAsync(orderId, OrderStage.Released);

        OrderSnapshot order = _workflow.Orders.Get(orderId);
        Assert.Equal(OrderStatus.Released, order.Status);
        Assert.Equal(2, _workflow.Inventory.Balance(Tee, Dc).Reserved);
        SandboxAuthorization authorization = Assert.Single(await _workflow.Payments.ListAuthorizationsAsync(orderId));
        Assert.Equal(38.00m, authorization.Authorization.AuthorizedAmount);
        FulfillmentOrder fulfillment = Assert.Single(await _workflow.Fulfillment.ListByOrderAsync(orderId, CancellationToken.None));
        Assert.Equal((Dc, FulfillmentOrderStatus.Released, 2), (fulfillment.NodeId, fulfillment.Status, fulfillment.Lines.Sum(l => l.Quantity)));
        Assert.NotNull(await _workflow.Decisions.GetAsync(Assert.Single(order.AllocationDecisions).RoutingExplanationRef, CancellationToken.None));
        Assert.Equal(order.Version, _workflow.Index.IndexedVersion(orderId));
    }

    [Fact]
    public async Task An_order_held_for_fraud_review_proceeds_when_a_reviewer_approves()
    {
        _workflow.Inventory.Stock(Jacket, Dc, 50);
        string orderId = await _workflow.PlaceAsync(OrderRequests.Ship("tok_visa", (Jacket, 5, 220.00m)));
        await _workflow.WaitForStageAsync(orderId, OrderStage.AwaitingFraudReview);

        await _workflow.Client.RaiseEventAsync(orderId, OrderWorkflowEvents.FraudReviewDecided, new FraudReviewDecision(true, "operations:alice", "called the customer"));
        await _workflow.WaitForStageAsync(orderId, OrderStage.Released);

        OrderSnapshot order = _workflow.Orders.Get(orderId);
        Assert.Equal(OrderStatus.Released, order.Status);
        Assert.Contains(order.Timeline, e => e.Actor == "operations:alice");
        Assert.Equal(5, _workflow.Inventory.Balance(Jacket, Dc).Reserved);
    }

    [Fact]
    public async Task An_order_held_for_fraud_review_is_rejected_when_nobody_decides_in_time()
    {
        _workflow.Inventory.Stock(Jacket, Dc, 50);

        string orderId = await _workflow.PlaceAsync(OrderRequests.Ship("tok_visa", (Jacket, 5, 220.00m)));
        OrderWorkflowResult result = await _workflow.WaitForEndAsync(orderId);

        Assert.Equal(OrderStatus.Rejected, result.Status);
        Assert.Equal(RejectionReason.FraudRejected, _workflow.Orders.Get(orderId).Rejection!.Reason);
        Assert.Empty(await _workflow.Payments.ListAuthorizationsAsync(orderId));
        Assert.Equal(0, _workflow.Inventory.Balance(Jacket, Dc).Reserved);
    }

    [Fact]
    public async Task A_declined_card_rejects_the_order_and_reserves_nothing()
    {
        _workflow.Inventory.Stock(Tee, Dc, 10);

        string orderId = await _workflow.PlaceAsync(OrderRequests.Ship("tok_declined", (Tee, 1, 19.00m)));
        OrderWorkflowResult result = await _workflow.WaitForEndAsync(orderId);

        Assert.Equal(OrderStatus.Rejected, result.Status);
        Assert.Equal(RejectionReason.PaymentDeclined, _workflow.Orders.Get(orderId).Rejection!.Reason);
        Assert.Equal(0, _workflow.Inventory.Balance(Tee, Dc).Reserved);
    }

    [Fact]
    public async Task A_transient_gateway_error_is_retried_with_the_same_key_and_authorizes_once()
    {
        _workflow.Inventory.Stock(Tee, Dc, 10);

        string orderId = await _workflow.PlaceAsync(OrderRequests.Ship("tok_transient_once", (Tee, 1, 19.00m)));
        await _workflow.WaitForStageAsync(orderId, OrderStage.Released);

        Assert.Equal(OrderStatus.Released, _workflow.Orders.Get(orderId).Status);
        Assert.Single(await _workflow.Payments.ListAuthorizationsAsync(orderId));
    }

    [Fact]
    public async Task A_gateway_that_stays_down_parks_the_order_until_operations_decide()
    {
        _workflow.Inventory.Stock(Tee, Dc, 10);

        string orderId = await _workflow.PlaceAsync(OrderRequests.Ship("tok_transient_always", (Tee, 1, 19.00m)));
        await _workflow.WaitForStageAsync(orderId, OrderStage.Parked);
        Assert.Equal(OrderStatus.ParkedForReview, _workflow.Orders.Get(orderId).Status);
        await _workflow.Client.RaiseEventAsync(orderId, OrderWorkflowEvents.ParkedOrderDecided, new ParkedOrderDecision(false, "operations:bob", "card processor outage"));
        OrderWorkflowResult result = await _workflow.WaitForEndAsync(orderId);

        Assert.Equal(OrderStatus.Cancelled, result.Status);
        Assert.Empty(await _workflow.Payments.ListAuthorizationsAsync(orderId));
        Assert.Equal(0, _workflow.Inventory.Balance(Tee, Dc).Reserved);
    }

    [Fact]
    public async Task A_reservation_lost_to_a_concurrent_order_is_sourced_again_elsewhere()
    {
        _workflow.Inventory.Stock(Tee, NewYork, 3);
        _workflow.Inventory.Stock(Tee, Boston, 3);
        string? stolenFrom = null;
        _workflow.Inventory.BeforeApply = async movement =>
        {
            if (movement.Type == MovementType.Reservation && stolenFrom is null && movement.MovementId.Contains(":1:", StringComparison.Ordinal))
            {
                stolenFrom = movement.NodeId;
                await _workflow.Inventory.ApplyAsync(new InventoryMovement("res:rival", MovementType.Reservation, Tee, movement.NodeId, 2, DateTimeOffset.UtcNow, "rival"), CancellationToken.None);
            }
        };

        string orderId = await _workflow.PlaceAsync(OrderRequests.Ship("tok_visa", (Tee, 2, 19.00m)));
        await _workflow.WaitForStageAsync(orderId, OrderStage.Released);

        string other = stolenFrom == NewYork ? Boston : NewYork;
        OrderSnapshot order = _workflow.Orders.Get(orderId);
        Assert.Equal(OrderStatus.Released, order.Status);
        Assert.Equal([other], order.Lines.Single().Allocations.Select(a => a.NodeId).Distinct());
        Assert.Equal(2, _workflow.Inventory.Balance(Tee, stolenFrom!).Reserved);
        Assert.Equal(2, _workflow.Inventory.Balance(Tee, other).Reserved);
    }

    [Fact]
    public async Task A_second_sku_that_cannot_be_reserved_gives_back_the_first_and_the_order_is_sourced_again()
    {
        _workflow.Inventory.Stock(Lamp, Dc, 2);
        _workflow.Inventory.Stock(Tee, Dc, 2);
        bool rivalCame = false;
        _workflow.Inventory.BeforeApply = async movement =>
        {
            if (movement.Sku == Tee && movement.Type == MovementType.Reservation && !rivalCame)
            {
                rivalCame = true;
                await _workflow.Inventory.ApplyAsync(new InventoryMovement("res:rival-tee", MovementType.Reservation, Tee, Dc, 2, DateTimeOffset.UtcNow, "rival"), CancellationToken.None);
            }
        };

        string orderId = await _workflow.PlaceAsync(OrderRequests.Ship("tok_visa", (Lamp, 1, 60.00m), (Tee, 2, 19.00m)));
        await _workflow.WaitForStageAsync(orderId, OrderStage.Released);

        OrderSnapshot order = _workflow.Orders.Get(orderId);
        Assert.Equal((OrderLineStatus.Released, OrderLineStatus.Unfillable), (order.Lines[0].Status, order.Lines[1].Status));
        Assert.Equal(1, _workflow.Inventory.Balance(Lamp, Dc).Reserved);
        Assert.Equal(2, _workflow.Inventory.Balance(Tee, Dc).Reserved);
        Assert.Single(_workflow.Inventory.Ledger(Lamp, Dc), e => e.Type == MovementType.Release);
    }

    [Fact]
    public async Task A_customer_who_asks_for_fastest_delivery_gets_an_earlier_dearer_service_than_standard()
    {
        _workflow.Inventory.Stock(Tee, Dc, 10);
        _workflow.Inventory.Stock(Tee, Boston, 10);

        string standardId = await _workflow.PlaceAsync(OrderRequests.Ship("tok_visa", (Tee, 1, 19.00m)));
        string fastestId = await _workflow.PlaceAsync(OrderRequests.Ship("tok_visa", (Tee, 1, 19.00m)) with { Preference = CustomerPreference.Fastest });
        await _workflow.WaitForStageAsync(standardId, OrderStage.Released);
        await _workflow.WaitForStageAsync(fastestId, OrderStage.Released);

        DecisionTotals standard = (await DecisionOfAsync(standardId)).Totals;
        SourcingDecision fastest = await DecisionOfAsync(fastestId);
        Assert.Equal(CustomerPreference.Fastest, _workflow.Orders.Get(fastestId).Preference);
        Assert.True(fastest.Totals.LatestDelivery < standard.LatestDelivery, $"fastest {fastest.Totals.LatestDelivery}, standard {standard.LatestDelivery}");
        Assert.True(fastest.Totals.TotalCost > standard.TotalCost);
        Assert.Equal(OrderStatus.Released, _workflow.Orders.Get(fastestId).Status);
    }

    [Fact]
    public async Task Reserve_online_pay_in_store_skips_payment()
    {
        _workflow.Inventory.Stock(Tee, NewYork, 4);

        string orderId = await _workflow.PlaceAsync(OrderRequests.Ropis(NewYork, Tee, 2));
        await _workflow.WaitForStageAsync(orderId, OrderStage.Released);

        Assert.Equal(OrderStatus.Released, _workflow.Orders.Get(orderId).Status);
        Assert.Empty(await _workflow.Payments.ListAuthorizationsAsync(orderId));
        Assert.Equal(2, _workflow.Inventory.Balance(Tee, NewYork).Reserved);
    }

    [Fact]
    public async Task An_order_nobody_can_fill_is_rejected_and_its_authorization_voided()
    {
        _workflow.Inventory.Stock(Tee, Dc, 1);

        string orderId = await _workflow.PlaceAsync(OrderRequests.Ship("tok_visa", (Tee, 5, 19.00m)));
        OrderWorkflowResult result = await _workflow.WaitForEndAsync(orderId);

        Assert.Equal(OrderStatus.Rejected, result.Status);
        Assert.Equal(RejectionReason.NotFillable, _workflow.Orders.Get(orderId).Rejection!.Reason);
        Assert.NotNull(Assert.Single(await _workflow.Payments.ListAuthorizationsAsync(orderId)).Authorization.VoidedAt);
        Assert.Equal(0, _workflow.Inventory.Balance(Tee, Dc).Reserved);
    }

    private async Task<SourcingDecision> DecisionOfAsync(string orderId) =>
        (await _workflow.Decisions.GetAsync(Assert.Single(_workflow.Orders.Get(orderId).AllocationDecisions).RoutingExplanationRef, CancellationToken.None))!;
}
