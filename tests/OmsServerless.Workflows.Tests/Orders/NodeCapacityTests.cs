using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Network;
using OmsServerless.Domain.Orders;
using OmsServerless.Workflows.Orders;
using static OmsServerless.Workflows.Tests.TestNetwork;

namespace OmsServerless.Workflows.Tests.Orders;

/// <summary>Released orders fill their nodes' day; sourcing skips a full node; a cancellation frees what it held.</summary>
public sealed class NodeCapacityTests : IAsyncLifetime
{
    private readonly WorkflowHarness _workflow = new();

    public Task InitializeAsync() => _workflow.InitializeAsync();

    public Task DisposeAsync() => _workflow.DisposeAsync();

    private static FulfillmentNode NodeOf(string nodeId) => Nodes.Single(n => n.NodeId == nodeId);

    [Fact]
    public async Task A_store_that_was_given_its_whole_day_of_work_is_skipped_for_the_distribution_center()
    {
        _workflow.Inventory.Stock(Tee, Dc, 10);
        _workflow.Inventory.Stock(Tee, Boston, 10);
        FulfillmentNode boston = NodeOf(Boston);
        await _workflow.Capacity.ConsumeAsync(boston, "earlier-orders", boston.DailyCapacity, DateTimeOffset.UtcNow, CancellationToken.None);

        string orderId = await _workflow.PlaceAsync(OrderRequests.Ship("tok_visa", (Tee, 1, 19.00m)));
        await _workflow.WaitForStageAsync(orderId, OrderStage.Released);

        FulfillmentOrder fulfillment = Assert.Single(await _workflow.Fulfillment.ListByOrderAsync(orderId, CancellationToken.None));
        Assert.Equal(Dc, fulfillment.NodeId);
        Assert.Equal(0, _workflow.Inventory.Balance(Tee, Boston).Reserved);
    }

    [Fact]
    public async Task A_released_order_counts_its_units_on_the_node_and_cancelling_it_gives_them_back()
    {
        _workflow.Inventory.Stock(Lamp, Dc, 10);

        string orderId = await _workflow.PlaceAsync(OrderRequests.Ship("tok_visa", (Lamp, 3, 60.00m)));
        await _workflow.WaitForStageAsync(orderId, OrderStage.Released);
        int usedWhileReleased = _workflow.Capacity.UsedBy(Dc);

        await _workflow.Client.RaiseEventAsync(orderId, OrderWorkflowEvents.CancelRequested, new CancelOrderRequest(null, "customer changed their mind", "customer"));
        Assert.Equal(OrderStatus.Cancelled, (await _workflow.WaitForEndAsync(orderId)).Status);

        Assert.Equal(3, usedWhileReleased);
        Assert.Equal(0, _workflow.Capacity.UsedBy(Dc));
    }
}
