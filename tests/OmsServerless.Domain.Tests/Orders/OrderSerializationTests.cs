using System.Text.Json;
using System.Text.Json.Nodes;
using OmsServerless.Domain.Fraud;
using OmsServerless.Domain.Orders;
using OmsServerless.Domain.Payments;
using OmsServerless.Domain.RuleSets;
using OmsServerless.Domain.Sourcing;
using OmsServerless.Domain.Tests.Addresses;

namespace OmsServerless.Domain.Tests.Orders;

public sealed class OrderSerializationTests
{
    private static readonly DateTimeOffset Later = OrderClock.Minute(30);

    /// <summary>An order that has been through most of what an order can record.</summary>
    private static Order EventfulOrder()
    {
        Order order = OrderBuilder.From(new NewOrderRequestBuilder()
                .WithShipLine("SKU-A", 3, 20m)
                .WithBopisLine("SKU-B", 1, 40m, "STORE-NYC-5TH")
                .WithRopisLine("SKU-C", 1, 15m, "STORE-NYC-5TH"))
            .AddressValidated()
            .Build();
        order.RecordFraudAssessment(OrderBuilder.Assessment(FraudDecision.Review, 55), OrderBuilder.Orchestrator, Later);
        order.AcceptAfterFraudReview("Known customer.", "operations:alice", Later.AddMinutes(1));
        order.RecordPaymentAuthorization(OrderBuilder.AuthorizationFor(order), OrderBuilder.Orchestrator, Later.AddMinutes(2));
        order.ApplyAllocation(
            new AllocationPlan("routing/ord-1001/1", new RuleSetReference("network-default", 12),
            [
                new LineAllocation("1", "DC-NJ-EDISON", 2, "SHP-1", Fulfillment.DeliveryMethod.ShipToAddress),
                new LineAllocation("1", "STORE-BROOKLYN", 1, "SHP-2", Fulfillment.DeliveryMethod.ShipToAddress),
                new LineAllocation("2", "STORE-NYC-5TH", 1, "SHP-3", Fulfillment.DeliveryMethod.Bopis),
            ], BackorderedLineIds: ["3"]),
            OrderBuilder.Orchestrator,
            Later.AddMinutes(3));
        order.Release(OrderBuilder.Orchestrator, Later.AddMinutes(4));
        order.MarkLinesShipped(["1"], "node:DC-NJ-EDISON", Later.AddHours(5));
        order.RecordCapture("auth_1001", new PaymentCapture("cap_1", 60m, Later.AddHours(5)), OrderBuilder.Orchestrator, Later.AddHours(5));
        order.RecordRefund(new PaymentRefund("re_1", "cap_1", 20m, Later.AddDays(2)), "operations:bob", Later.AddDays(2));
        order.CancelLines(["3"], "No longer wanted.", "customer", Later.AddDays(2));
        return order;
    }

    [Fact]
    public void A_document_stored_before_orders_carried_a_preference_reads_as_standard()
    {
        Order order = Order.Create("ord-1", NewOrderRequestBuilder.ShipToHome().Build() with { Preference = CustomerPreference.Fastest }, OrderClock.PlacedAt, "customer");
        JsonObject document = JsonSerializer.SerializeToNode(order.ToSnapshot(), OrderJson.Options)!.AsObject();

        Assert.True(document.Remove("preference"));
        OrderSnapshot back = document.Deserialize<OrderSnapshot>(OrderJson.Options)!;

        Assert.Equal(CustomerPreference.Standard, Order.Rehydrate(back).Preference);
    }

    [Fact]
    public void Snapshot_round_trips_through_json_unchanged()
    {
        Order order = EventfulOrder();
        string json = JsonSerializer.Serialize(order.ToSnapshot(), OrderJson.Options);

        OrderSnapshot back = JsonSerializer.Deserialize<OrderSnapshot>(json, OrderJson.Options)!;
        Order rehydrated = Order.Rehydrate(back);

        Assert.Equal(json, JsonSerializer.Serialize(rehydrated.ToSnapshot(), OrderJson.Options));
        Assert.Equal((order.Status, order.Version), (rehydrated.Status, rehydrated.Version));
        Assert.Equal(RealPostalCodes.NewYorkPennStation.Point, back.ShippingLocation);
        Assert.Equal(order.Payments[0].Captures, back.Payments[0].Captures);
        Assert.Equal(order.FraudAssessment!.FiredRules, back.FraudAssessment!.FiredRules);
    }

    [Fact]
    public void Json_uses_camel_case_names_and_enum_names()
    {
        string json = JsonSerializer.Serialize(EventfulOrder().ToSnapshot(), OrderJson.Options);

        Assert.Contains("\"orderId\":\"ord-1001\"", json, StringComparison.Ordinal);
        Assert.Contains("\"status\":\"PartiallyShipped\"", json, StringComparison.Ordinal);
        Assert.Contains("\"deliveryMethod\":\"Bopis\"", json, StringComparison.Ordinal);
        Assert.Contains("\"event\":\"FraudReviewResolved\"", json, StringComparison.Ordinal);
        Assert.Contains("\"channel\":\"Web\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Enums_are_strings_even_with_default_serializer_options()
    {
        OrderSnapshot snapshot = EventfulOrder().ToSnapshot();

        string json = JsonSerializer.Serialize(snapshot);
        OrderSnapshot back = JsonSerializer.Deserialize<OrderSnapshot>(json)!;

        Assert.Contains("\"Status\":\"PartiallyShipped\"", json, StringComparison.Ordinal);
        Assert.Contains("\"DeliveryMethod\":\"ShipToAddress\"", json, StringComparison.Ordinal);
        Assert.Equal(JsonSerializer.Serialize(snapshot, OrderJson.Options), JsonSerializer.Serialize(back, OrderJson.Options));
    }

    [Fact]
    public void Rehydrated_order_carries_on_from_where_it_was_stored()
    {
        Order stored = EventfulOrder();
        string json = JsonSerializer.Serialize(stored.ToSnapshot(), OrderJson.Options);
        Order order = Order.Rehydrate(JsonSerializer.Deserialize<OrderSnapshot>(json, OrderJson.Options)!);

        order.MarkLinesReadyForPickup(["2"], "store:STORE-NYC-5TH", Later.AddDays(3));
        order.MarkLinesPickedUp(["2"], "store:STORE-NYC-5TH", Later.AddDays(3));

        Assert.Equal(OrderStatus.Shipped, order.Status);
        Assert.Equal(stored.Version + 2, order.Version);
    }

    [Fact]
    public void Snapshot_returned_earlier_does_not_change_when_the_order_does()
    {
        Order order = OrderBuilder.ShipToHome().Released().Build();
        OrderSnapshot before = order.ToSnapshot();

        order.MarkLinesShipped(["1"], "node:DC-NJ-EDISON", Later);

        Assert.Equal(OrderStatus.Released, before.Status);
        Assert.Equal(OrderLineStatus.Released, before.Lines[0].Status);
    }

    [Fact]
    public void Snapshot_whose_version_disagrees_with_its_timeline_is_refused()
    {
        OrderSnapshot snapshot = EventfulOrder().ToSnapshot() with { Version = 3 };

        var refusal = Assert.Throws<OrderRuleException>(() => Order.Rehydrate(snapshot));

        Assert.Equal(OrderErrorCodes.SnapshotInvalid, refusal.Code);
    }

    [Fact]
    public void Snapshot_with_duplicate_line_ids_is_refused()
    {
        OrderSnapshot snapshot = EventfulOrder().ToSnapshot();
        snapshot = snapshot with { Lines = [.. snapshot.Lines.Select(line => line with { LineId = "1" })] };

        Assert.Contains("line ids must be unique", Assert.Throws<OrderRuleException>(() => Order.Rehydrate(snapshot)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejected_snapshot_without_its_rejection_is_refused()
    {
        Order order = OrderBuilder.ShipToHome().FraudAccepted().Build();
        order.RejectForDeclinedPayment("card_declined", OrderBuilder.Orchestrator, Later);

        OrderSnapshot tampered = order.ToSnapshot() with { Rejection = null };

        Assert.Throws<OrderRuleException>(() => Order.Rehydrate(tampered));
    }
}
