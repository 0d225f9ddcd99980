using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Orders;
using OmsServerless.Domain.Payments;
using OmsServerless.Storage.Payments;
using OmsServerless.Workflows.Orders;
using static OmsServerless.Workflows.Tests.TestNetwork;

namespace OmsServerless.Workflows.Tests.Orders;

/// <summary>Cancellation at each stage, with exactly the compensations that stage needs.</summary>
public sealed class OrderCancellationTests : IAsyncLifetime
{
    private readonly WorkflowHarness _workflow = new();

    public Task InitializeAsync() => _workflow.InitializeAsync();

    public Task DisposeAsync() => _workflow.DisposeAsync();

    [Fact]
    public async Task A_cancellation_sent_as_the_order_starts_ends_it_with_nothing_held()
    {
        _workflow.Inventory.Stock(Tee, Dc, 10);

        string orderId = await _workflow.PlaceAsync(OrderRequests.Ship("tok_visa", (Tee, 1, 19.00m)));
        await CancelAsync(orderId, null);
        OrderWorkflowResult result = await _workflow.WaitForEndAsync(orderId);

        Assert.Equal(OrderStatus.Cancelled, result.Status);
        Assert.Equal(OrderStatus.Cancelled, _workflow.Orders.Get(orderId).Status);
        Assert.All(await _workflow.Payments.ListAuthorizationsAsync(orderId), a => Assert.NotNull(a.Authorization.VoidedAt));
        Assert.Equal(0, _workflow.Inventory.Balance(Tee, Dc).Reserved);
    }

    [Fact]
    public async Task Cancelling_during_fraud_review_ends_the_order_without_payment_or_stock()
    {
        _workflow.Inventory.Stock(Jacket, Dc, 50);
        string orderId = await _workflow.PlaceAsync(OrderRequests.Ship("tok_visa", (Jacket, 5, 220.00m)));
        await _workflow.WaitForStageAsync(orderId, OrderStage.AwaitingFraudReview);

        await CancelAsync(orderId, null);
        OrderWorkflowResult result = await _workflow.WaitForEndAsync(orderId);

        Assert.Equal(OrderStatus.Cancelled, result.Status);
        Assert.Empty(await _workflow.Payments.ListAuthorizationsAsync(orderId));
        Assert.Equal(0, _workflow.Inventory.Balance(Jacket, Dc).Reserved);
    }

    [Fact]
    public async Task Cancelling_a_released_order_gives_back_its_stock_voids_its_authorization_and_withdraws_its_work()
    {
        _workflow.Inventory.Stock(Tee, Dc, 10);
        string orderId = await _workflow.PlaceAsync(OrderRequests.Ship("tok_visa", (Tee, 3, 19.00m)));
        await _workflow.WaitForStageAsync(orderId, OrderStage.Released);

        await CancelAsync(orderId, null);
        OrderWorkflowResult result = await _workflow.WaitForEndAsync(orderId);

        Assert.Equal(OrderStatus.Cancelled, result.Status);
        Assert.Equal(0, _workflow.Inventory.Balance(Tee, Dc).Reserved);
        Assert.Equal(10, _workflow.Inventory.Balance(Tee, Dc).AvailableToPromise);
        SandboxAuthorization authorization = Assert.Single(await _workflow.Payments.ListAuthorizationsAsync(orderId));
        Assert.NotNull(authorization.Authorization.VoidedAt);
        Assert.All(await _workflow.Fulfillment.ListByOrderAsync(orderId, CancellationToken.None), f => Assert.Equal(FulfillmentOrderStatus.Cancelled, f.Status));
    }

    [Fact]
    public async Task Cancelling_one_line_of_a_released_order_gives_back_only_that_line_and_its_part_of_the_hold()
    {
        _workflow.Inventory.Stock(Tee, Dc, 10);
        _workflow.Inventory.Stock(Lamp, Dc, 10);
        string orderId = await _workflow.PlaceAsync(OrderRequests.Ship("tok_visa", (Tee, 2, 19.00m), (Lamp, 1, 60.00m)));
        await _workflow.WaitForStageAsync(orderId, OrderStage.Released);

        await CancelAsync(orderId, ["2"]);
        await WaitUntilAsync(() => _workflow.Orders.Get(orderId).Lines[1].Status == OrderLineStatus.Cancelled && _workflow.Inventory.Balance(Lamp, Dc).Reserved == 0);
        await WaitUntilAsync(() => _workflow.Orders.Get(orderId).Payments[0].RemainingAmount == 38.00m);

        OrderSnapshot order = _workflow.Orders.Get(orderId);
        Assert.Equal(OrderStatus.Released, order.Status);
        Assert.Equal(2, _workflow.Inventory.Balance(Tee, Dc).Reserved);
        Assert.Contains(order.Timeline, e => e.Event == OrderEventKind.PaymentReversed);
        PaymentAuthorization held = Assert.Single(await _workflow.Payments.ListAuthorizationsAsync(orderId)).Authorization;
        Assert.Equal((98.00m, 60.00m, 38.00m), (held.AuthorizedAmount, held.ReversedAmount, held.RemainingAmount));
        Assert.Null(held.VoidedAt);
        Assert.Equal(OrderStage.Released.ToString(), (await _workflow.WaitForStageAsync(orderId, OrderStage.Released)).ReadCustomStatusAs<string>());
    }

    [Fact]
    public async Task A_cancellation_after_a_line_shipped_is_refused_and_changes_nothing()
    {
        _workflow.Inventory.Stock(Tee, Dc, 10);
        string orderId = await _workflow.PlaceAsync(OrderRequests.Ship("tok_visa", (Tee, 1, 19.00m)));
        await _workflow.WaitForStageAsync(orderId, OrderStage.Released);
        await MarkShippedAsync(orderId);

        DateTimeOffset sentAt = DateTimeOffset.UtcNow;
        await CancelAsync(orderId, null);
        await _workflow.WaitForStageAsync(orderId, OrderStage.Released, updatedAfter: sentAt);

        Assert.Equal(OrderStatus.Shipped, _workflow.Orders.Get(orderId).Status);
        Assert.Equal(1, _workflow.Inventory.Balance(Tee, Dc).Reserved);
        Assert.Null(Assert.Single(await _workflow.Payments.ListAuthorizationsAsync(orderId)).Authorization.VoidedAt);
    }

    private Task CancelAsync(string orderId, IReadOnlyList<string>? lineIds) =>
        _workflow.Client.RaiseEventAsync(orderId, OrderWorkflowEvents.CancelRequested, new CancelOrderRequest(lineIds, "customer changed their mind", "customer"));

    private async Task MarkShippedAsync(string orderId)
    {
        StoredOrder stored = (await _workflow.Orders.FindAsync(orderId, CancellationToken.None))!;
        Order order = Order.Rehydrate(stored.Snapshot);
        order.MarkLinesShipped([.. order.Lines.Select(l => l.LineId)], "node:DC-MEMPHIS", DateTimeOffset.UtcNow);
        await _workflow.Orders.ReplaceAsync(order.ToSnapshot(), stored.ETag, CancellationToken.None);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(25, timeout.Token);
        }
    }
}
