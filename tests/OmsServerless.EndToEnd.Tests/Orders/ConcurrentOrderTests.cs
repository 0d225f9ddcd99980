using System.Net.Http.Json;
using System.Text.Json;

namespace OmsServerless.EndToEnd.Tests.Orders;

/// <summary>Many customers racing for scarce stock through the whole order workflow.</summary>
[Collection(DevHostCollection.Name)]
public sealed class ConcurrentOrderTests(DevHostFixture devHost)
{
    private readonly Storefront _storefront = new(devHost.ClientWithKey(DemoKeys.Storefront));

    [Fact]
    public async Task Two_hundred_concurrent_orders_for_fifty_units_reserve_exactly_fifty_and_never_oversell()
    {
        string sku = await TestProducts.CreateAsync(devHost, 20m, ("DC-MEMPHIS", 30), ("DC-ONTARIO", 20));

        string[] orderIds = await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            _storefront.PlaceOkAsync(Storefront.ShipOrder($"race-{Guid.NewGuid():N}", sku, 1, 20m, token: $"tok_visa_{i:D4}"))));
        string[] outcomes = await OutcomesAsync(orderIds);

        Assert.Equal(50, outcomes.Count(s => s == "released"));
        Assert.Equal(150, outcomes.Count(s => s == "rejected"));
        JsonElement stock = await devHost.ClientWithKey(DemoKeys.Operations).GetFromJsonAsync<JsonElement>($"/api/inventory/{sku}");
        Assert.Equal(0, stock.GetProperty("networkAtp").GetInt32());
        foreach ((string node, int onHand) in new[] { ("DC-MEMPHIS", 30), ("DC-ONTARIO", 20) })
        {
            JsonElement position = stock.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("nodeId").GetString() == node);
            Assert.Equal((onHand, onHand), (position.GetProperty("onHand").GetInt32(), position.GetProperty("reserved").GetInt32()));
            Assert.Equal(onHand, await NetReservedByLedgerAsync(sku, node));
        }
    }

    private async Task<string[]> OutcomesAsync(string[] orderIds)
    {
        using var gate = new SemaphoreSlim(16);
        return await Task.WhenAll(orderIds.Select(async id =>
        {
            await gate.WaitAsync();
            try
            {
                return (await _storefront.WaitForStatusAsync(id, "released", "rejected", "parkedForReview", "awaitingFraudReview")).GetProperty("status").GetString()!;
            }
            finally
            {
                gate.Release();
            }
        }));
    }

    /// <summary>Replays the balance's ledger: reservations less releases.</summary>
    private async Task<int> NetReservedByLedgerAsync(string sku, string node)
    {
        HttpClient wms = devHost.ClientWithKey(DemoKeys.Wms);
        int net = 0;
        string? token = null;
        do
        {
            string url = $"/api/inventory/{sku}/nodes/{node}/ledger?pageSize=200" + (token is null ? string.Empty : $"&continuationToken={token}");
            JsonElement page = await wms.GetFromJsonAsync<JsonElement>(url);
            foreach (JsonElement entry in page.GetProperty("entries").EnumerateArray())
            {
                string type = entry.GetProperty("type").GetString()!;
                net += type == "reservation" ? entry.GetProperty("quantity").GetInt32() : type == "release" ? -entry.GetProperty("quantity").GetInt32() : 0;
            }

            token = page.TryGetProperty("continuationToken", out JsonElement next) ? next.GetString() : null;
        }
        while (token is not null);

        return net;
    }
}
