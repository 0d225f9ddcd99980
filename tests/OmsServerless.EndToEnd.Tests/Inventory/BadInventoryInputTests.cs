using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using OmsServerless.DevHost.Demo;

namespace OmsServerless.EndToEnd.Tests.Inventory;

/// <summary>Every kind of bad input gets a clear problem+json 4xx and writes nothing.</summary>
[Collection(DevHostCollection.Name)]
public sealed class BadInventoryInputTests(DevHostFixture devHost)
{
    private const string TargetNode = "STORE-PIT-DTN";
    private readonly HttpClient _wms = devHost.ClientWithKey(DemoKeys.Wms);
    private readonly HttpClient _storefront = devHost.ClientWithKey(DemoKeys.Storefront);

    public static TheoryData<string, string, HttpStatusCode, string, string[]> BadMovements => new()
    {
        { "malformed JSON", """{"movementId": "bad-1", "sku": """, HttpStatusCode.BadRequest, "malformed-json", ["body"] },
        { "wrong type", """{"movementId":"bad-2","sku":"TEE-CLASSIC-WHT-M","nodeId":"STORE-PIT-DTN","type":"receipt","quantity":"lots"}""", HttpStatusCode.BadRequest, "malformed-json", ["quantity"] },
        { "negative receipt", """{"movementId":"bad-3","sku":"TEE-CLASSIC-WHT-M","nodeId":"STORE-PIT-DTN","type":"receipt","quantity":-5}""", HttpStatusCode.BadRequest, "validation-failed", ["quantity"] },
        { "every field missing", "{}", HttpStatusCode.BadRequest, "validation-failed", ["movementId", "nodeId", "quantity", "sku", "type"] },
        { "order-driven type", """{"movementId":"bad-4","sku":"TEE-CLASSIC-WHT-M","nodeId":"STORE-PIT-DTN","type":"reservation","quantity":1}""", HttpStatusCode.BadRequest, "validation-failed", ["type"] },
        { "key-unsafe ids", """{"movementId":"a/b","sku":"TEE#1","nodeId":"STORE-PIT-DTN","type":"receipt","quantity":1}""", HttpStatusCode.BadRequest, "validation-failed", ["movementId", "sku"] },
        { "unknown SKU", """{"movementId":"bad-5","sku":"NO-SUCH-SKU","nodeId":"STORE-PIT-DTN","type":"receipt","quantity":1}""", HttpStatusCode.UnprocessableEntity, "unknown-reference", ["sku"] },
        { "unknown node", """{"movementId":"bad-6","sku":"TEE-CLASSIC-WHT-M","nodeId":"STORE-ATLANTIS","type":"receipt","quantity":1}""", HttpStatusCode.UnprocessableEntity, "unknown-reference", ["nodeId"] },
    };

    [Theory]
    [MemberData(nameof(BadMovements))]
    public async Task A_bad_movement_is_refused_with_every_fault_and_writes_nothing(
        string scenario, string body, HttpStatusCode status, string problem, string[] fields)
    {
        Assert.NotEmpty(scenario);
        Snapshot before = await SnapshotAsync();

        HttpResponseMessage response = await _wms.PostAsync("/api/inventory/adjustments", new StringContent(body, Encoding.UTF8, "application/json"));

        JsonElement details = await ProblemAssertions.AssertProblemAsync(response, status, problem);
        Assert.Equal(fields, ProblemAssertions.ErrorFields(details));
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task A_movement_that_would_make_stock_negative_is_refused_and_writes_nothing()
    {
        Snapshot before = await SnapshotAsync();

        HttpResponseMessage response = await _wms.PostAsJsonAsync("/api/inventory/adjustments", new
        {
            movementId = "bad-negative", sku = DemoCatalog.EverydayTee, nodeId = TargetNode, type = "adjustment", quantity = -1000,
        });

        await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity, "inventory-rule-violated");
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task A_huge_payload_is_refused_before_parsing_and_writes_nothing()
    {
        Snapshot before = await SnapshotAsync();
        string huge = $$"""{"movementId":"bad-huge","sku":"{{DemoCatalog.EverydayTee}}","nodeId":"{{TargetNode}}","type":"receipt","quantity":1,"reason":"{{new string('x', 1_000_000)}}"}""";

        HttpResponseMessage response = await _wms.PostAsync("/api/inventory/adjustments", new StringContent(huge, Encoding.UTF8, "application/json"));

        await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "payload-too-large");
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_unsupported()
    {
        HttpResponseMessage response = await _wms.PostAsync("/api/inventory/adjustments", new StringContent("sku=1", Encoding.UTF8, "application/x-www-form-urlencoded"));

        await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType, "unsupported-media-type");
    }

    [Fact]
    public async Task Without_a_key_nothing_is_served_or_written()
    {
        Snapshot before = await SnapshotAsync();
        HttpClient anonymous = devHost.ClientWithKey(null);
        HttpClient wrongKey = devHost.ClientWithKey("not-a-real-key");

        HttpResponseMessage read = await anonymous.GetAsync($"/api/inventory/{DemoCatalog.EverydayTee}");
        HttpResponseMessage write = await anonymous.PostAsJsonAsync("/api/inventory/adjustments", new
        {
            movementId = "anon-1", sku = DemoCatalog.EverydayTee, nodeId = TargetNode, type = "receipt", quantity = 1,
        });
        HttpResponseMessage guessed = await wrongKey.GetAsync($"/api/inventory/{DemoCatalog.EverydayTee}");

        await ProblemAssertions.AssertProblemAsync(read, HttpStatusCode.Unauthorized, "unauthenticated");
        await ProblemAssertions.AssertProblemAsync(write, HttpStatusCode.Unauthorized, "unauthenticated");
        await ProblemAssertions.AssertProblemAsync(guessed, HttpStatusCode.Unauthorized, "unauthenticated");
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task A_storefront_key_may_read_but_not_move_stock()
    {
        Snapshot before = await SnapshotAsync();

        HttpResponseMessage response = await _storefront.PostAsJsonAsync("/api/inventory/adjustments", new
        {
            movementId = "storefront-1", sku = DemoCatalog.EverydayTee, nodeId = TargetNode, type = "receipt", quantity = 100,
        });

        await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.Forbidden, "forbidden");
        Assert.Equal(before, await SnapshotAsync());
    }

    [Theory]
    [InlineData("/api/inventory/NO-SUCH-SKU", HttpStatusCode.NotFound, "sku-not-found")]
    [InlineData("/api/inventory/TEE-CLASSIC-WHT-M?channel=telepathy", HttpStatusCode.BadRequest, "validation-failed")]
    [InlineData("/api/stores/nearby?postalCode=00000", HttpStatusCode.UnprocessableEntity, "unknown-reference")]
    [InlineData("/api/stores/nearby?postalCode=10001&radiusKm=-3&quantity=0", HttpStatusCode.BadRequest, "validation-failed")]
    [InlineData("/api/stores/nearby", HttpStatusCode.BadRequest, "validation-failed")]
    [InlineData("/api/stores/nearby?postalCode=10001&sku=NO-SUCH-SKU", HttpStatusCode.UnprocessableEntity, "unknown-reference")]
    [InlineData("/api/nodes?type=warehouse", HttpStatusCode.BadRequest, "validation-failed")]
    public async Task Bad_lookups_are_clear_problems(string url, HttpStatusCode status, string problem)
    {
        await ProblemAssertions.AssertProblemAsync(await _storefront.GetAsync(url), status, problem);
    }

    [Fact]
    public async Task A_cart_lists_every_line_at_fault()
    {
        HttpResponseMessage invalid = await _storefront.PostAsJsonAsync("/api/inventory/availability", new
        {
            lines = new object[] { new { sku = DemoCatalog.EverydayTee, quantity = -1 }, new { sku = "", quantity = 1 }, new { sku = DemoCatalog.EverydayTee } },
        });
        HttpResponseMessage unknown = await _storefront.PostAsJsonAsync("/api/inventory/availability", new
        {
            lines = new[] { new { sku = DemoCatalog.EverydayTee, quantity = 1 }, new { sku = "NO-SUCH-SKU", quantity = 1 } },
            destination = new { postalCode = "10001" },
        });
        HttpResponseMessage nowhere = await _storefront.PostAsJsonAsync("/api/inventory/availability", new
        {
            lines = new[] { new { sku = DemoCatalog.EverydayTee, quantity = 1 } },
            destination = new { postalCode = "99999" },
        });

        Assert.Equal(["lines[0].quantity", "lines[1].sku", "lines[2].quantity"],
            ProblemAssertions.ErrorFields(await ProblemAssertions.AssertProblemAsync(invalid, HttpStatusCode.BadRequest, "validation-failed")));
        Assert.Equal(["lines[1].sku"],
            ProblemAssertions.ErrorFields(await ProblemAssertions.AssertProblemAsync(unknown, HttpStatusCode.UnprocessableEntity, "unknown-reference")));
        Assert.Equal(["destination.postalCode"],
            ProblemAssertions.ErrorFields(await ProblemAssertions.AssertProblemAsync(nowhere, HttpStatusCode.UnprocessableEntity, "unknown-reference")));
    }

    private async Task<Snapshot> SnapshotAsync()
    {
        JsonElement ledger = await _wms.GetFromJsonAsync<JsonElement>($"/api/inventory/{DemoCatalog.EverydayTee}/nodes/{TargetNode}/ledger?pageSize=200");
        JsonElement sku = await _storefront.GetFromJsonAsync<JsonElement>($"/api/inventory/{DemoCatalog.EverydayTee}");
        JsonElement node = sku.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("nodeId").GetString() == TargetNode);
        return new Snapshot(ledger.GetProperty("entries").GetArrayLength(), node.GetProperty("onHand").GetInt32(), node.GetProperty("unavailable").GetInt32());
    }

    private sealed record Snapshot(int LedgerEntries, int OnHand, int Unavailable);
}
