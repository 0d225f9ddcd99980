using System.Text.Json;
using Microsoft.Azure.Cosmos;
using OmsServerless.Domain.Catalog;
using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Geography;
using OmsServerless.Domain.Network;
using OmsServerless.Domain.Shipping;
using OmsServerless.Domain.Sourcing;
using OmsServerless.Domain.Sourcing.Decisions;
using OmsServerless.Domain.Sourcing.Rules;
using OmsServerless.Storage.Cosmos;

namespace OmsServerless.Storage.Tests.Routing;

public sealed class CosmosRoutingDecisionStoreTests(CosmosTestContext context) : IClassFixture<CosmosTestContext>
{
    private readonly IRoutingDecisionStore _store = context.Get<IRoutingDecisionStore>();

    [Fact]
    public async Task A_saved_decision_reads_back_whole_with_its_explanation()
    {
        string orderId = NewOrderId();
        SourcingDecision decision = Decide(orderId, quantity: 2);

        string reference = await _store.SaveAsync(orderId, 1, decision, CancellationToken.None);
        SourcingDecision? read = await _store.GetAsync(reference, CancellationToken.None);

        Assert.NotNull(read);
        // Cosmos keeps JSON numbers as numbers, not as written: 1.00 comes back as 1, the same amount.
        Assert.True(JsonElement.DeepEquals(Json(decision), Json(read)), "The decision read back differs from the one saved.");
        Assert.Contains(read.Explanation.Destinations.Single().Candidates, candidate => candidate.NodeId == "DC-NJ");
    }

    [Fact]
    public async Task Each_round_keeps_its_own_decision_and_saving_a_round_again_replaces_it()
    {
        string orderId = NewOrderId();
        string first = await _store.SaveAsync(orderId, 1, Decide(orderId, quantity: 1), CancellationToken.None);
        string second = await _store.SaveAsync(orderId, 2, Decide(orderId, quantity: 2), CancellationToken.None);

        string again = await _store.SaveAsync(orderId, 2, Decide(orderId, quantity: 3), CancellationToken.None);

        Assert.NotEqual(first, second);
        Assert.Equal(second, again);
        Assert.Equal(1, (await _store.GetAsync(first, CancellationToken.None))!.Totals.UnitsRequested);
        Assert.Equal(3, (await _store.GetAsync(second, CancellationToken.None))!.Totals.UnitsRequested);
    }

    [Fact]
    public async Task A_reference_nothing_was_saved_under_or_one_from_the_blob_store_reads_as_no_decision()
    {
        Assert.Null(await _store.GetAsync(NewOrderId() + ":1", CancellationToken.None));
        Assert.Null(await _store.GetAsync(NewOrderId() + "/1.json", CancellationToken.None));
    }

    [Fact]
    public async Task The_document_names_its_order_and_round_next_to_the_decision()
    {
        string orderId = NewOrderId();
        string reference = await _store.SaveAsync(orderId, 4, Decide(orderId, quantity: 1), CancellationToken.None);

        using ResponseMessage raw = await context.Get<OmsContainers>().Get(OmsContainers.RoutingDecisions)
            .ReadItemStreamAsync(reference, new PartitionKey(reference));
        using JsonDocument document = await JsonDocument.ParseAsync(raw.Content);

        JsonElement root = document.RootElement;
        Assert.Equal($"{orderId}:4", root.GetProperty("id").GetString());
        Assert.Equal(orderId, root.GetProperty("orderId").GetString());
        Assert.Equal(4, root.GetProperty("round").GetInt32());
        Assert.Equal("allocated", root.GetProperty("decision").GetProperty("outcome").GetString());
    }

    /// <summary>A real decision: two DCs, the nearer one out of stock, the order shipped from the other.</summary>
    private static SourcingDecision Decide(string orderId, int quantity)
    {
        var location = new GeoPoint(40.7357, -74.1724);
        FulfillmentNode[] nodes =
        [
            DistributionCenter("DC-NJ", location),
            DistributionCenter("DC-PA", new GeoPoint(39.9526, -75.1652)),
        ];
        var network = SourcingNetwork.Create(nodes, [new Product("TEE", "Tee", "Apparel", 19m, 0.3, Oversize: false, Hazmat: false)], StandardUsRateCards.All);
        SourcingState state = SourcingState.Create(network, [new StockLevel("TEE", "DC-NJ", 0), new StockLevel("TEE", "DC-PA", 10)]);
        var request = new SourcingRequest(
            orderId,
            SalesChannel.Web,
            CustomerPreference.Standard,
            new SourcingDestination(new GeoPoint(40.7128, -74.0060)),
            [new SourcingLine("1", "TEE", quantity, DeliveryMethod.ShipToAddress)],
            new DateTimeOffset(2026, 3, 12, 10, 0, 0, TimeSpan.FromHours(-4)));
        return new SourcingEngine(network, DefaultRuleSet.Instance).Decide(request, state);
    }

    private static FulfillmentNode DistributionCenter(string id, GeoPoint location) => new(
        id, id, NodeType.DistributionCenter, new NodeAddress("1 Dock Rd", "Somewhere", "NJ", "07001", "US"), location, "Northeast",
        NodeCapabilities.Ship, 5000, new TimeOnly(17, 0), "America/New_York", 0.50m, 1);

    private static JsonElement Json(SourcingDecision decision) => JsonSerializer.SerializeToElement(decision, SourcingJson.Options);

    private static string NewOrderId() => "ord-" + Guid.NewGuid().ToString("N")[..12];
}
