using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OmsServerless.DevHost.Demo;
using OmsServerless.Storage.Payments;

namespace OmsServerless.EndToEnd.Tests.Orders;

[Collection(DevHostCollection.Name)]
public sealed class OrderCaptureTests(DevHostFixture devHost)
{
    private readonly Storefront _storefront = new(devHost.ClientWithKey(DemoKeys.Storefront));

    [Fact]
    public async Task A_storefront_order_is_screened_authorized_routed_and_released_with_its_explanation()
    {
        string customer = "cust-" + Guid.NewGuid().ToString("N")[..8];
        HttpResponseMessage placed = await _storefront.PlaceAsync(Storefront.ShipOrder(customer, DemoCatalog.EverydayTee, 2, 19.00m), Guid.NewGuid().ToString());
        string orderId = (await placed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orderId").GetString()!;

        JsonElement order = await _storefront.WaitForStatusAsync(orderId, "released", "rejected");

        Assert.Equal(HttpStatusCode.Accepted, placed.StatusCode);
        Assert.Equal($"/api/orders/{orderId}", placed.Headers.Location!.OriginalString);
        Assert.Equal("released", order.GetProperty("status").GetString());
        JsonElement line = order.GetProperty("lines")[0];
        Assert.Equal(2, line.GetProperty("allocations").EnumerateArray().Sum(a => a.GetProperty("quantity").GetInt32()));
        JsonElement routing = order.GetProperty("routing")[0];
        Assert.Equal("default-retail", routing.GetProperty("ruleSet").GetProperty("id").GetString());
        Assert.True(routing.GetProperty("decision").GetProperty("explanation").GetProperty("destinations").GetArrayLength() > 0);
        Assert.Equal("authorized", order.GetProperty("payments")[0].GetProperty("status").GetString());
        Assert.Equal(38.00m, order.GetProperty("payments")[0].GetProperty("authorized").GetDecimal());
        Assert.NotEmpty(order.GetProperty("fulfillmentOrders").EnumerateArray());
        Assert.Contains(order.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("event").GetString() == "released");
        JsonElement history = await devHost.ClientWithKey(DemoKeys.Storefront).GetFromJsonAsync<JsonElement>($"/api/customers/{customer}/orders");
        Assert.Equal(orderId, Assert.Single(history.GetProperty("orders").EnumerateArray()).GetProperty("orderId").GetString());
    }

    [Fact]
    public async Task Twenty_identical_requests_with_one_key_place_one_order_and_authorize_once()
    {
        string key = Guid.NewGuid().ToString();
        object order = Storefront.ShipOrder("cust-" + Guid.NewGuid().ToString("N")[..8], DemoCatalog.EverydayTee, 1, 19.00m);

        HttpResponseMessage[] responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => _storefront.PlaceAsync(order, key)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Accepted, r.StatusCode));
        string[] ids = await Task.WhenAll(responses.Select(async r => (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("orderId").GetString()!));
        string orderId = Assert.Single(ids.Distinct());
        Assert.Single(responses, r => !r.Headers.Contains("Idempotent-Replayed"));
        await _storefront.WaitForStatusAsync(orderId, "released");
        SandboxPaymentGateway gateway = devHost.Services.GetRequiredService<SandboxPaymentGateway>();
        Assert.Single(await gateway.ListAuthorizationsAsync(orderId));
    }

    [Fact]
    public async Task A_different_order_under_a_used_key_is_refused()
    {
        string key = Guid.NewGuid().ToString();
        string customer = "cust-" + Guid.NewGuid().ToString("N")[..8];
        await _storefront.PlaceAsync(Storefront.ShipOrder(customer, DemoCatalog.EverydayTee, 1, 19.00m), key);

        HttpResponseMessage second = await _storefront.PlaceAsync(Storefront.ShipOrder(customer, DemoCatalog.EverydayTee, 3, 19.00m), key);

        await ProblemAssertions.AssertProblemAsync(second, HttpStatusCode.Conflict, "idempotency-key-reused");
    }
}
