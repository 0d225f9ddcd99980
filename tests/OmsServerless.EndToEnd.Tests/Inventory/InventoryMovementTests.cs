using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OmsServerless.DevHost.Demo;

namespace OmsServerless.EndToEnd.Tests.Inventory;

[Collection(DevHostCollection.Name)]
public sealed class InventoryMovementTests(DevHostFixture devHost)
{
    private readonly HttpClient _wms = devHost.ClientWithKey(DemoKeys.Wms);

    [Fact]
    public async Task A_receipt_raises_atp_everywhere_the_storefront_looks_and_lands_in_the_ledger()
    {
        int before = await NetworkAtpAsync(DemoCatalog.OneStoreCandle);

        HttpResponseMessage response = await _wms.PostAsJsonAsync("/api/inventory/adjustments", new
        {
            movementId = "asn-candle-1", sku = DemoCatalog.OneStoreCandle, nodeId = "DC-MEMPHIS", type = "receipt", quantity = 30, reference = "ASN 77",
        });

        JsonElement entry = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal(30, entry.GetProperty("balanceAfter").GetProperty("atp").GetInt32());
        Assert.Equal(before + 30, await NetworkAtpAsync(DemoCatalog.OneStoreCandle));
        JsonElement ledger = await _wms.GetFromJsonAsync<JsonElement>($"/api/inventory/{DemoCatalog.OneStoreCandle}/nodes/DC-MEMPHIS/ledger");
        JsonElement newest = ledger.GetProperty("entries")[0];
        Assert.Equal(("asn-candle-1", "receipt", "ASN 77"), (newest.GetProperty("movementId").GetString(), newest.GetProperty("type").GetString(), newest.GetProperty("reference").GetString()));
    }

    [Fact]
    public async Task Resending_a_movement_changes_nothing_and_says_it_was_replayed()
    {
        var count = new { movementId = "count-tee-nyc-1", sku = DemoCatalog.EverydayTee, nodeId = "STORE-BKN-ATL", type = "cycleCount", quantity = 9 };
        HttpResponseMessage first = await _wms.PostAsJsonAsync("/api/inventory/adjustments", count);
        HttpResponseMessage second = await _wms.PostAsJsonAsync("/api/inventory/adjustments", count);
        HttpResponseMessage changed = await _wms.PostAsJsonAsync("/api/inventory/adjustments", count with { quantity = 8 });

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("true", second.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(
            (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sequence").GetInt64(),
            (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("sequence").GetInt64());
        await ProblemAssertions.AssertProblemAsync(changed, HttpStatusCode.Conflict, "movement-id-reused");
        JsonElement ledger = await _wms.GetFromJsonAsync<JsonElement>($"/api/inventory/{DemoCatalog.EverydayTee}/nodes/STORE-BKN-ATL/ledger");
        Assert.Single(ledger.GetProperty("entries").EnumerateArray(), e => e.GetProperty("movementId").GetString() == "count-tee-nyc-1");
    }

    [Fact]
    public async Task A_store_associate_moves_stock_only_in_their_own_store()
    {
        HttpClient associate = devHost.ClientWithKey(DemoKeys.NycStoreAssociate);

        HttpResponseMessage own = await associate.PostAsJsonAsync("/api/inventory/adjustments", new
        {
            movementId = "nyc-damage-1", sku = DemoCatalog.EverydayTee, nodeId = "STORE-NYC-5TH", type = "damage", quantity = 1, reason = "torn seam",
        });
        HttpResponseMessage other = await associate.PostAsJsonAsync("/api/inventory/adjustments", new
        {
            movementId = "nyc-damage-2", sku = DemoCatalog.EverydayTee, nodeId = "STORE-BOS-BKB", type = "damage", quantity = 1,
        });
        HttpResponseMessage otherLedger = await associate.GetAsync($"/api/inventory/{DemoCatalog.EverydayTee}/nodes/STORE-BOS-BKB/ledger");

        Assert.Equal(HttpStatusCode.Created, own.StatusCode);
        Assert.StartsWith("store:STORE-NYC-5TH:", (await own.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("actor").GetString(), StringComparison.Ordinal);
        await ProblemAssertions.AssertProblemAsync(other, HttpStatusCode.Forbidden, "forbidden");
        await ProblemAssertions.AssertProblemAsync(otherLedger, HttpStatusCode.Forbidden, "forbidden");
    }

    [Fact]
    public async Task The_ledger_pages_with_an_opaque_token()
    {
        for (int i = 0; i < 3; i++)
        {
            await _wms.PostAsJsonAsync("/api/inventory/adjustments", new
            {
                movementId = $"lantern-adj-{i}", sku = DemoCatalog.HazmatLantern, nodeId = "3PL-RENO", type = "adjustment", quantity = 1,
            });
        }

        JsonElement first = await _wms.GetFromJsonAsync<JsonElement>($"/api/inventory/{DemoCatalog.HazmatLantern}/nodes/3PL-RENO/ledger?pageSize=2");
        string token = first.GetProperty("continuationToken").GetString()!;
        JsonElement second = await _wms.GetFromJsonAsync<JsonElement>($"/api/inventory/{DemoCatalog.HazmatLantern}/nodes/3PL-RENO/ledger?pageSize=2&continuationToken={token}");

        Assert.Equal(["lantern-adj-2", "lantern-adj-1"], first.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("movementId").GetString()));
        Assert.Equal(["lantern-adj-0", "seed:3PL-RENO:receipt"], second.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("movementId").GetString()));
        Assert.DoesNotContain(' ', token);
    }

    private async Task<int> NetworkAtpAsync(string sku) =>
        (await devHost.ClientWithKey(DemoKeys.Storefront).GetFromJsonAsync<JsonElement>($"/api/inventory/{sku}")).GetProperty("networkAtp").GetInt32();
}
