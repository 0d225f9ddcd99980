using OmsServerless.Domain.Fulfillment;

namespace OmsServerless.Storage.Tests.Fulfillment;

public sealed class TableFulfillmentOrderStoreTests(StorageTestContext context) : IClassFixture<StorageTestContext>
{
    private static readonly DateTimeOffset ReleasedAt = new(2026, 11, 26, 15, 0, 0, TimeSpan.Zero);

    private readonly IFulfillmentOrderStore _store = context.Get<IFulfillmentOrderStore>();

    [Fact]
    public async Task A_saved_fulfillment_order_is_found_under_its_order_and_listed_in_its_node_queue()
    {
        string orderId = NewId("O");
        string nodeId = NewId("DC");
        FulfillmentOrder saved = Planned(orderId, nodeId, "R1-1");

        await _store.SaveAsync(saved, CancellationToken.None);

        FulfillmentOrder? found = await _store.FindAsync(orderId, saved.FulfillmentOrderId, CancellationToken.None);
        Assert.NotNull(found);
        Assert.Equal((saved.NodeId, saved.Status, saved.ReleasedAt), (found.NodeId, found.Status, found.ReleasedAt));
        Assert.Equal(saved.Lines, found.Lines);
        Assert.Equal([saved.FulfillmentOrderId], (await _store.ListByNodeAsync(nodeId, FulfillmentOrderStatus.Released, CancellationToken.None)).Select(f => f.FulfillmentOrderId));
    }

    [Fact]
    public async Task A_fulfillment_order_never_saved_or_of_another_order_is_not_found()
    {
        string orderId = NewId("O");
        FulfillmentOrder saved = Planned(orderId, NewId("DC"), "R1-1");
        await _store.SaveAsync(saved, CancellationToken.None);

        Assert.Null(await _store.FindAsync(orderId, $"{orderId}:R1-2", CancellationToken.None));
        Assert.Null(await _store.FindAsync(NewId("O"), saved.FulfillmentOrderId, CancellationToken.None));
    }

    [Fact]
    public async Task Saving_again_keeps_one_fulfillment_order_with_the_latest_status()
    {
        string orderId = NewId("O");
        FulfillmentOrder saved = Planned(orderId, NewId("DC"), "R1-1");
        await _store.SaveAsync(saved, CancellationToken.None);

        await _store.SaveAsync(saved with { Status = FulfillmentOrderStatus.Cancelled }, CancellationToken.None);

        FulfillmentOrder listed = Assert.Single(await _store.ListByOrderAsync(orderId, CancellationToken.None));
        Assert.Equal(FulfillmentOrderStatus.Cancelled, listed.Status);
        Assert.Equal(FulfillmentOrderStatus.Cancelled, (await _store.FindAsync(orderId, saved.FulfillmentOrderId, CancellationToken.None))?.Status);
    }

    private static FulfillmentOrder Planned(string orderId, string nodeId, string shipmentId) => new(
        $"{orderId}:{shipmentId}", orderId, nodeId, shipmentId, DeliveryMethod.ShipToAddress, null, FulfillmentOrderStatus.Released,
        [new FulfillmentOrderLine("1", "SKU-1", 2)], ReleasedAt);

    private static string NewId(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..12];
}
