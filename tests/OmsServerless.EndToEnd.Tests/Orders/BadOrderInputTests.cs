using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OmsServerless.Storage.Payments;

namespace OmsServerless.EndToEnd.Tests.Orders;

/// <summary>Every kind of bad order request gets a clear 4xx; no order, no reservation and no authorization follow.</summary>
[Collection(DevHostCollection.Name)]
public sealed class BadOrderInputTests(DevHostFixture devHost) : IAsyncLifetime
{
    private const string Customer = "cust-bad-input";
    private string _sku = string.Empty;

    public static TheoryData<string, string, HttpStatusCode, string, string[]> BadOrders => new()
    {
        { "malformed JSON", """{"channel":"web","lines":[""", HttpStatusCode.BadRequest, "malformed-json", ["body"] },
        { "unknown delivery method", Order(line: """{"lineId":"1","sku":"{sku}","quantity":1,"unitPrice":10,"deliveryMethod":"teleport"}"""), HttpStatusCode.BadRequest, "malformed-json", ["lines[0].deliveryMethod"] },
        { "negative quantity", Order(line: """{"lineId":"1","sku":"{sku}","quantity":-2,"unitPrice":10,"deliveryMethod":"shipToAddress"}"""), HttpStatusCode.BadRequest, "validation-failed", ["lines[0].quantity"] },
        { "no lines", Order(lines: "[]"), HttpStatusCode.BadRequest, "validation-failed", ["lines"] },
        { "unknown delivery preference", Order(line: """{"lineId":"1","sku":"{sku}","quantity":1,"unitPrice":10,"deliveryMethod":"shipToAddress"}""", preference: "sameDay"),
            HttpStatusCode.BadRequest, "malformed-json", ["preference"] },
        { "no currency, no token, no address", """{"channel":"web","customerId":"cust-bad-input","customerEmail":"bad@example.com","lines":[{"lineId":"1","sku":"{sku}","quantity":1,"unitPrice":10,"deliveryMethod":"shipToAddress"}]}""",
            HttpStatusCode.BadRequest, "validation-failed", ["billingAddress", "currency", "paymentToken", "shippingAddress"] },
        { "unknown SKU", Order(line: """{"lineId":"1","sku":"NO-SUCH-SKU","quantity":1,"unitPrice":10,"deliveryMethod":"shipToAddress"}"""), HttpStatusCode.UnprocessableEntity, "unknown-reference", ["lines[0].sku"] },
        { "pickup at a distribution center", Order(line: """{"lineId":"1","sku":"{sku}","quantity":1,"unitPrice":10,"deliveryMethod":"bopis","storeId":"DC-MEMPHIS"}""", ships: false), HttpStatusCode.UnprocessableEntity, "unknown-reference", ["lines[0].storeId"] },
    };

    public async Task InitializeAsync() => _sku = await TestProducts.CreateAsync(devHost, 10m, ("DC-MEMPHIS", 20));

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [MemberData(nameof(BadOrders))]
    public async Task A_bad_order_is_refused_with_every_fault_and_nothing_follows(string scenario, string body, HttpStatusCode status, string problem, string[] fields)
    {
        Assert.NotEmpty(scenario);
        Effects before = await EffectsAsync();

        HttpResponseMessage response = await PostAsync(DemoKeys.Storefront, body.Replace("{sku}", _sku, StringComparison.Ordinal), "application/json", Guid.NewGuid().ToString());

        JsonElement details = await ProblemAssertions.AssertProblemAsync(response, status, problem);
        Assert.Equal(fields, ProblemAssertions.ErrorFields(details));
        Assert.Equal(before, await EffectsAsync());
    }

    [Theory]
    [InlineData(DemoKeys.Storefront, null, "application/json", HttpStatusCode.BadRequest, "idempotency-key-required")]
    [InlineData(DemoKeys.Storefront, "key-1", "text/plain", HttpStatusCode.UnsupportedMediaType, "unsupported-media-type")]
    [InlineData(null, "key-2", "application/json", HttpStatusCode.Unauthorized, "unauthenticated")]
    [InlineData(DemoKeys.Wms, "key-3", "application/json", HttpStatusCode.Forbidden, "forbidden")]
    public async Task A_request_without_what_order_capture_needs_is_refused_and_nothing_follows(
        string? apiKey, string? idempotencyKey, string contentType, HttpStatusCode status, string problem)
    {
        Effects before = await EffectsAsync();

        HttpResponseMessage response = await PostAsync(apiKey, ValidOrder(), contentType, idempotencyKey);

        await ProblemAssertions.AssertProblemAsync(response, status, problem);
        Assert.Equal(before, await EffectsAsync());
    }

    [Fact]
    public async Task A_huge_order_is_refused_before_it_is_read_and_nothing_follows()
    {
        Effects before = await EffectsAsync();
        string huge = ValidOrder().Replace("\"customerEmail\"", $"\"padding\":\"{new string('x', 500_000)}\",\"customerEmail\"", StringComparison.Ordinal);

        HttpResponseMessage response = await PostAsync(DemoKeys.Storefront, huge, "application/json", Guid.NewGuid().ToString());

        await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge, "payload-too-large");
        Assert.Equal(before, await EffectsAsync());
    }

    private string ValidOrder() => JsonSerializer.Serialize(Storefront.ShipOrder(Customer, _sku, 1, 10m));

    private static string Order(string? line = null, string? lines = null, bool ships = true, string? preference = null)
    {
        const string address = """{"line1":"20 W 34th St","city":"New York","region":"NY","postalCode":"10001","country":"US"}""";
        string shipping = ships ? $"\"shippingAddress\":{address}," : string.Empty;
        string choice = preference is null ? string.Empty : $"\"preference\":\"{preference}\",";
        return $$"""{"channel":"web","customerId":"cust-bad-input","customerEmail":"bad@example.com","currency":"USD","paymentToken":"tok_visa",{{choice}}{{shipping}}"billingAddress":{{address}},"lines":{{lines ?? $"[{line}]"}}}""";
    }

    private async Task<HttpResponseMessage> PostAsync(string? apiKey, string body, string contentType, string? idempotencyKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/orders") { Content = new StringContent(body, Encoding.UTF8, contentType) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await devHost.ClientWithKey(apiKey).SendAsync(request);
    }

    /// <summary>What a wrongly accepted order would leave behind: an order in the customer's history, stock taken, money held.</summary>
    private async Task<Effects> EffectsAsync()
    {
        HttpClient operations = devHost.ClientWithKey(DemoKeys.Operations);
        JsonElement history = await operations.GetFromJsonAsync<JsonElement>($"/api/customers/{Customer}/orders");
        JsonElement stock = await operations.GetFromJsonAsync<JsonElement>($"/api/inventory/{_sku}");
        int authorizations = (await devHost.Services.GetRequiredService<SandboxPaymentGateway>().ListAuthorizationsAsync()).Count;
        return new Effects(history.GetProperty("orders").GetArrayLength(), stock.GetProperty("networkAtp").GetInt32(), authorizations);
    }

    private sealed record Effects(int CustomerOrders, int NetworkAtp, int Authorizations);
}
