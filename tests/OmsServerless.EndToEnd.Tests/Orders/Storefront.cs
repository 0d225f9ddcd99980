using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OmsServerless.EndToEnd.Tests.Orders;

/// <summary>What a storefront (and an operator) does over HTTP: place orders, follow them, cancel them.</summary>
internal sealed class Storefront(HttpClient client)
{
    /// <param name="token">A fresh sandbox card by default, so card velocity rules see a new card per order.</param>
    public static object ShipOrder(string customerId, string sku, int quantity, decimal unitPrice, string? token = null) => new
    {
        channel = "web",
        customerId,
        customerEmail = $"{customerId}@example.com",
        shippingAddress = Address,
        billingAddress = Address,
        currency = "USD",
        paymentToken = token ?? "tok_visa_" + Guid.NewGuid().ToString("N")[..8],
        lines = new[] { new { lineId = "1", sku, quantity, unitPrice, deliveryMethod = "shipToAddress" } },
    };

    public static object Address { get; } = new { line1 = "20 W 34th St", city = "New York", region = "NY", postalCode = "10001", country = "US", recipient = "Ada Lovelace" };

    public async Task<HttpResponseMessage> PlaceAsync(object order, string? idempotencyKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/orders") { Content = JsonContent.Create(order) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await client.SendAsync(request);
    }

    public async Task<string> PlaceOkAsync(object order)
    {
        HttpResponseMessage response = await PlaceAsync(order, Guid.NewGuid().ToString());
        string body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, body);
        return JsonDocument.Parse(body).RootElement.GetProperty("orderId").GetString()!;
    }

    public async Task<JsonElement> GetAsync(string orderId) => await client.GetFromJsonAsync<JsonElement>($"/api/orders/{orderId}");

    /// <summary>Polls the order until its status is one of the given ones (for up to three minutes: CI machines are busy).</summary>
    public async Task<JsonElement> WaitForStatusAsync(string orderId, params string[] statuses)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        while (true)
        {
            JsonElement order = await GetAsync(orderId);
            if (statuses.Contains(order.GetProperty("status").GetString()))
            {
                return order;
            }

            await Task.Delay(100, timeout.Token);
        }
    }
}
