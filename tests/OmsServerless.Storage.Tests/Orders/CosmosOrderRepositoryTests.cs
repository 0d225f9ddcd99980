using System.Text.Json;
using Microsoft.Azure.Cosmos;
using OmsServerless.Domain.Orders;
using OmsServerless.Storage.Cosmos;

namespace OmsServerless.Storage.Tests.Orders;

public sealed class CosmosOrderRepositoryTests(CosmosTestContext context) : IClassFixture<CosmosTestContext>
{
    private readonly IOrderRepository _repository = context.Get<IOrderRepository>();

    [Fact]
    public async Task Create_find_and_replace_round_trip_the_whole_snapshot()
    {
        TestOrder order = TestOrder.Eventful(NewOrderId());
        OrderSnapshot created = order.Snapshot;

        (StoredOrder stored, bool isNew) = await _repository.CreateAsync(created, CancellationToken.None);
        StoredOrder found = (await _repository.FindAsync(created.OrderId, CancellationToken.None))!;
        order.Order.MarkLinesReadyForPickup(["2"], "store:" + TestOrder.Store, created.Timeline[^1].At.AddHours(1));
        StoredOrder replaced = await _repository.ReplaceAsync(order.Snapshot, found.ETag, CancellationToken.None);
        StoredOrder foundAgain = (await _repository.FindAsync(created.OrderId, CancellationToken.None))!;

        Assert.True(isNew);
        Assert.Equal(stored.ETag, found.ETag);
        AssertSameJson(created, found.Snapshot);
        Assert.Equal(created.Lines.Count, found.Snapshot.Lines.Count);
        Assert.Equal(
            created.Timeline.Select(entry => (entry.Version, entry.At, entry.Event, entry.ToStatus)),
            found.Snapshot.Timeline.Select(entry => (entry.Version, entry.At, entry.Event, entry.ToStatus)));
        Assert.Equal(created.Payments[0].Captures, found.Snapshot.Payments[0].Captures);
        Assert.Equal(created.Payments[0].Refunds, found.Snapshot.Payments[0].Refunds);
        Assert.Equal(created.AllocationDecisions[0].AllocatedLineIds, found.Snapshot.AllocationDecisions[0].AllocatedLineIds);
        Assert.Equal(created.FraudAssessment!.FiredRules, found.Snapshot.FraudAssessment!.FiredRules);
        Assert.Equal(created.FraudReview, found.Snapshot.FraudReview);
        Assert.Equal(created.Version, Order.Rehydrate(found.Snapshot).Version);
        Assert.NotEqual(found.ETag, replaced.ETag);
        Assert.Equal(replaced.ETag, foundAgain.ETag);
        AssertSameJson(order.Snapshot, foundAgain.Snapshot);
        Assert.Equal(OrderLineStatus.ReadyForPickup, foundAgain.Snapshot.Lines[1].Status);
    }

    [Fact]
    public async Task The_document_is_the_snapshot_json_with_the_order_id_as_its_id()
    {
        OrderSnapshot order = TestOrder.Eventful(NewOrderId()).Snapshot;
        await _repository.CreateAsync(order, CancellationToken.None);

        using ResponseMessage raw = await context.Get<OmsContainers>().Get(OmsContainers.Orders)
            .ReadItemStreamAsync(order.OrderId, new PartitionKey(order.OrderId));
        using JsonDocument document = await JsonDocument.ParseAsync(raw.Content);

        JsonElement root = document.RootElement;
        Assert.Equal(order.OrderId, root.GetProperty("id").GetString());
        Assert.Equal(order.OrderId, root.GetProperty("orderId").GetString());
        Assert.Equal("PartiallyShipped", root.GetProperty("status").GetString());
        Assert.Equal("Bopis", root.GetProperty("lines")[1].GetProperty("deliveryMethod").GetString());
        Assert.Equal("Review", root.GetProperty("fraudAssessment").GetProperty("decision").GetString());
    }

    [Fact]
    public async Task Creating_an_existing_order_returns_the_stored_one_and_overwrites_nothing()
    {
        string orderId = NewOrderId();
        TestOrder first = TestOrder.Place(orderId, "cust-1", DateTimeOffset.UnixEpoch.AddYears(56));
        (StoredOrder original, _) = await _repository.CreateAsync(first.Snapshot, CancellationToken.None);
        OrderSnapshot retry = TestOrder.Place(orderId, "cust-2", DateTimeOffset.UnixEpoch.AddYears(56)).Snapshot;

        (StoredOrder existing, bool isNew) = await _repository.CreateAsync(retry, CancellationToken.None);

        Assert.False(isNew);
        Assert.Equal(original.ETag, existing.ETag);
        Assert.Equal("cust-1", existing.Snapshot.CustomerId);
        Assert.Equal("cust-1", (await _repository.FindAsync(orderId, CancellationToken.None))!.Snapshot.CustomerId);
    }

    [Fact]
    public async Task Replacing_with_a_stale_etag_throws_and_writes_nothing()
    {
        TestOrder order = TestOrder.Place(NewOrderId(), "cust-1", DateTimeOffset.UnixEpoch.AddYears(56));
        (StoredOrder stored, _) = await _repository.CreateAsync(order.Snapshot, CancellationToken.None);
        StoredOrder current = await _repository.ReplaceAsync(order.ValidateAddresses().Snapshot, stored.ETag, CancellationToken.None);

        OrderConcurrencyException refused = await Assert.ThrowsAsync<OrderConcurrencyException>(() =>
            _repository.ReplaceAsync(order.Park().Snapshot, stored.ETag, CancellationToken.None));

        StoredOrder found = (await _repository.FindAsync(order.Snapshot.OrderId, CancellationToken.None))!;
        Assert.Equal(order.Snapshot.OrderId, refused.OrderId);
        Assert.Equal((current.ETag, OrderStatus.AddressValidated), (found.ETag, found.Snapshot.Status));
    }

    [Fact]
    public async Task Of_twenty_concurrent_replaces_from_one_etag_exactly_one_wins()
    {
        OrderSnapshot placed = TestOrder.Place(NewOrderId(), "cust-1", DateTimeOffset.UnixEpoch.AddYears(56)).Snapshot;
        (StoredOrder stored, _) = await _repository.CreateAsync(placed, CancellationToken.None);

        StoredOrder?[] outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            Order order = Order.Rehydrate(stored.Snapshot);
            order.ParkForReview($"writer {i}", "operations:carol", placed.CreatedAt.AddMinutes(1));
            try
            {
                return await _repository.ReplaceAsync(order.ToSnapshot(), stored.ETag, CancellationToken.None);
            }
            catch (OrderConcurrencyException)
            {
                return null;
            }
        })));

        StoredOrder winner = Assert.Single(outcomes.OfType<StoredOrder>());
        Assert.Equal(19, outcomes.Count(outcome => outcome is null));
        StoredOrder found = (await _repository.FindAsync(placed.OrderId, CancellationToken.None))!;
        Assert.Equal(winner.ETag, found.ETag);
        Assert.Equal(winner.Snapshot.ParkReason, found.Snapshot.ParkReason);
    }

    [Fact]
    public async Task Finding_an_unknown_order_returns_null()
    {
        Assert.Null(await _repository.FindAsync(NewOrderId(), CancellationToken.None));
    }

    [Fact]
    public async Task Replacing_an_order_that_was_never_stored_is_a_concurrency_failure()
    {
        OrderSnapshot order = TestOrder.Place(NewOrderId(), "cust-1", DateTimeOffset.UnixEpoch.AddYears(56)).Snapshot;

        await Assert.ThrowsAsync<OrderConcurrencyException>(() => _repository.ReplaceAsync(order, "\"00000000-0000-0000-0000-000000000000\"", CancellationToken.None));

        Assert.Null(await _repository.FindAsync(order.OrderId, CancellationToken.None));
    }

    /// <summary>Equal as JSON, numbers compared by value: the document store keeps 40.50 as 40.5, as Cosmos DB does.</summary>
    private static void AssertSameJson(OrderSnapshot expected, OrderSnapshot actual)
    {
        JsonElement expectedJson = JsonSerializer.SerializeToElement(expected, OrderJson.Options);
        JsonElement actualJson = JsonSerializer.SerializeToElement(actual, OrderJson.Options);
        Assert.True(JsonElement.DeepEquals(expectedJson, actualJson), $"Expected {expectedJson}{Environment.NewLine}but found {actualJson}");
    }

    private static string NewOrderId() => "ord-" + Guid.NewGuid().ToString("N")[..12];
}
