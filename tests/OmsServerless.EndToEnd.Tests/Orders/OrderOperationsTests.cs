using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OmsServerless.DevHost.Demo;
using OmsServerless.Domain.Orders;

namespace OmsServerless.EndToEnd.Tests.Orders;

/// <summary>Cancellations and operations decisions over HTTP, with their effect on stock and payment.</summary>
[Collection(DevHostCollection.Name)]
public sealed class OrderOperationsTests(DevHostFixture devHost)
{
    private readonly Storefront _storefront = new(devHost.ClientWithKey(DemoKeys.Storefront));
    private readonly HttpClient _operations = devHost.ClientWithKey(DemoKeys.Operations);

    [Fact]
    public async Task Cancelling_a_released_order_gives_its_stock_back_and_voids_its_authorization()
    {
        int atpBefore = await NetworkAtpAsync(DemoCatalog.HazmatLantern);
        string orderId = await _storefront.PlaceOkAsync(Storefront.ShipOrder(NewCustomer(), DemoCatalog.HazmatLantern, 2, 59.00m));
        await _storefront.WaitForStatusAsync(orderId, "released");
        Assert.Equal(atpBefore - 2, await NetworkAtpAsync(DemoCatalog.HazmatLantern));

        // Other tests' orders share the nodes, so only the lower bound of the node's day is this test's to know.
        string node = (await _storefront.GetAsync(orderId)).GetProperty("fulfillmentOrders")[0].GetProperty("nodeId").GetString()!;
        JsonElement today = (await _operations.GetFromJsonAsync<JsonElement>("/api/nodes")).EnumerateArray()
            .Single(n => n.GetProperty("nodeId").GetString() == node).GetProperty("today");
        Assert.True(today.GetProperty("unitsReleased").GetInt32() >= 2, today.ToString());

        HttpResponseMessage cancel = await devHost.ClientWithKey(DemoKeys.Storefront).PostAsJsonAsync($"/api/orders/{orderId}/cancel", new { reason = "ordered twice" });
        await _storefront.WaitForStatusAsync(orderId, "cancelled");

        // The order says cancelled first; the compensations (stock, then payment) follow within moments.
        Assert.Equal(HttpStatusCode.Accepted, cancel.StatusCode);
        await WaitForAtpAsync(DemoCatalog.HazmatLantern, atpBefore);
        JsonElement order = await _storefront.WaitUntilAsync(orderId, o => o.GetProperty("payments")[0].GetProperty("status").GetString() == "voided");
        Assert.All(order.GetProperty("fulfillmentOrders").EnumerateArray(), f => Assert.Equal("cancelled", f.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Cancelling_a_shipped_order_is_refused_with_409_and_changes_nothing()
    {
        string orderId = await _storefront.PlaceOkAsync(Storefront.ShipOrder(NewCustomer(), DemoCatalog.EverydayTee, 1, 19.00m));
        await _storefront.WaitForStatusAsync(orderId, "released");
        await MarkShippedAsync(orderId);

        HttpResponseMessage cancel = await devHost.ClientWithKey(DemoKeys.Storefront).PostAsJsonAsync($"/api/orders/{orderId}/cancel", new { reason = "too late" });

        await ProblemAssertions.AssertProblemAsync(cancel, HttpStatusCode.Conflict, "order-state-conflict");
        Assert.Equal("shipped", (await _storefront.GetAsync(orderId)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task An_order_held_for_review_is_released_when_operations_approve_it()
    {
        string orderId = await _storefront.PlaceOkAsync(Storefront.ShipOrder(NewCustomer(), DemoCatalog.DcOnlyHeadphones, 5, 249.00m));
        JsonElement held = await _storefront.WaitForStatusAsync(orderId, "awaitingFraudReview", "released", "rejected");
        Assert.Equal("awaitingFraudReview", held.GetProperty("status").GetString());

        HttpResponseMessage storefrontTry = await devHost.ClientWithKey(DemoKeys.Storefront).PostAsJsonAsync($"/api/orders/{orderId}/fraud-review", new { approve = true, note = "me" });
        HttpResponseMessage approve = await _operations.PostAsJsonAsync($"/api/orders/{orderId}/fraud-review", new { approve = true, note = "customer confirmed by phone" });
        JsonElement order = await _storefront.WaitForStatusAsync(orderId, "released");
        HttpResponseMessage again = await _operations.PostAsJsonAsync($"/api/orders/{orderId}/fraud-review", new { approve = false, note = "changed my mind" });

        await ProblemAssertions.AssertProblemAsync(storefrontTry, HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal(HttpStatusCode.Accepted, approve.StatusCode);
        Assert.Equal("customer confirmed by phone", order.GetProperty("fraud").GetProperty("reviewNote").GetString());
        await ProblemAssertions.AssertProblemAsync(again, HttpStatusCode.Conflict, "order-state-conflict");
    }

    [Fact]
    public async Task A_declined_card_is_a_rejection_the_customer_can_read()
    {
        string orderId = await _storefront.PlaceOkAsync(Storefront.ShipOrder(NewCustomer(), DemoCatalog.EverydayTee, 1, 19.00m, token: "tok_insufficient_funds"));

        JsonElement order = await _storefront.WaitForStatusAsync(orderId, "rejected");

        Assert.Equal("paymentDeclined", order.GetProperty("rejection").GetProperty("reason").GetString());
        Assert.False(string.IsNullOrWhiteSpace(order.GetProperty("rejection").GetProperty("message").GetString()));
    }

    private static string NewCustomer() => "cust-" + Guid.NewGuid().ToString("N")[..8];

    private async Task<int> NetworkAtpAsync(string sku) =>
        (await devHost.ClientWithKey(DemoKeys.Storefront).GetFromJsonAsync<JsonElement>($"/api/inventory/{sku}")).GetProperty("networkAtp").GetInt32();

    private async Task WaitForAtpAsync(string sku, int expected)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await NetworkAtpAsync(sku) != expected)
        {
            await Task.Delay(100, timeout.Token);
        }
    }

    /// <summary>Stands in for the node shipping the parcel, which the fulfillment work will do over its own API.</summary>
    private async Task MarkShippedAsync(string orderId)
    {
        IOrderRepository orders = devHost.Services.GetRequiredService<IOrderRepository>();
        StoredOrder stored = (await orders.FindAsync(orderId, CancellationToken.None))!;
        Order order = Order.Rehydrate(stored.Snapshot);
        order.MarkLinesShipped([.. order.Lines.Select(l => l.LineId)], "node:test", DateTimeOffset.UtcNow);
        await orders.ReplaceAsync(order.ToSnapshot(), stored.ETag, CancellationToken.None);
    }
}
