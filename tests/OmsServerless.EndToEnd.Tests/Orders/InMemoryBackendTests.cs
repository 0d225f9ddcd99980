using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OmsServerless.DevHost.Demo;

namespace OmsServerless.EndToEnd.Tests.Orders;

/// <summary>The order workflow on the DevHost's in-memory Durable backend, the one its benchmark and quick demos use.</summary>
[Collection(InMemoryDevHostCollection.Name)]
public sealed class InMemoryBackendTests(InMemoryDevHostFixture devHost)
{
    private readonly Storefront _storefront = new(devHost.ClientWithKey(DemoKeys.Storefront));

    [Fact]
    public async Task Concurrent_orders_are_released_and_a_cancelled_one_voids_its_authorization()
    {
        // More orders at once than the in-memory service would take work items by itself (one per core).
        string[] orderIds = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            _storefront.PlaceOkAsync(Storefront.ShipOrder("cust-" + Guid.NewGuid().ToString("N")[..8], DemoCatalog.EverydayTee, 1, 19.00m))));
        JsonElement[] released = await Task.WhenAll(orderIds.Select(id => _storefront.WaitForStatusAsync(id, "released", "rejected")));
        Assert.All(released, order => Assert.Equal("released", order.GetProperty("status").GetString()));

        HttpResponseMessage cancel = await devHost.ClientWithKey(DemoKeys.Storefront)
            .PostAsJsonAsync($"/api/orders/{orderIds[0]}/cancel", new { reason = "ordered twice" });
        JsonElement cancelled = await _storefront.WaitUntilAsync(orderIds[0], order =>
            order.GetProperty("payments")[0].GetProperty("status").GetString() == "voided");

        Assert.Equal(HttpStatusCode.Accepted, cancel.StatusCode);
        Assert.Equal("cancelled", cancelled.GetProperty("status").GetString());
        Assert.All(cancelled.GetProperty("fulfillmentOrders").EnumerateArray(), f => Assert.Equal("cancelled", f.GetProperty("status").GetString()));

        // Nothing of the orchestrations' state went to storage: the Durable Task provider sent no request at all.
        Dictionary<string, long> requests = (await devHost.ClientWithKey(DemoKeys.Storefront).GetFromJsonAsync<Dictionary<string, long>>("/devhost/storage-operations"))!;
        Assert.Contains(requests, r => r.Key.StartsWith("app.", StringComparison.Ordinal) && r.Value > 0);
        Assert.DoesNotContain(requests, r => r.Key.StartsWith("durable.", StringComparison.Ordinal));
    }
}
