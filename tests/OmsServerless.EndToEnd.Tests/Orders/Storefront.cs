using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OmsServerless.DevHost.Demo;

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

    /// <summary>Polls the order until its status is one of the given ones.</summary>
    public Task<JsonElement> WaitForStatusAsync(string orderId, params string[] statuses) =>
        WaitUntilAsync(orderId, order => statuses.Contains(order.GetProperty("status").GetString()));

    /// <summary>Polls the order until it meets the condition (for up to three minutes: CI machines are busy).</summary>
    public async Task<JsonElement> WaitUntilAsync(string orderId, Func<JsonElement, bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        while (true)
        {
            JsonElement order = await GetAsync(orderId);
            if (condition(order))
            {
                return order;
            }

            await Task.Delay(100, timeout.Token);
        }
    }

    /// <summary>Places orders a new customer's first order over the review threshold makes wait for a fraud reviewer, and waits until each does.</summary>
    public async Task<string[]> PlaceAwaitingFraudReviewAsync(int count, string customerPrefix)
    {
        string[] orderIds = await Task.WhenAll(Enumerable.Range(0, count).Select(i =>
            PlaceOkAsync(ShipOrder(customerPrefix + Guid.NewGuid().ToString("N")[..8], DemoCatalog.DcOnlyHeadphones, 5, 249.00m, token: $"tok_visa_{i}"))));
        foreach (string orderId in orderIds)
        {
            Assert.Equal("awaitingFraudReview", (await WaitForStatusAsync(orderId, "awaitingFraudReview", "released", "rejected")).GetProperty("status").GetString());
        }

        return orderIds;
    }

    /// <summary>Approves each order's fraud review (needs an operations client) and waits until each is released with its payment authorized.</summary>
    public async Task ApproveReviewsAndExpectReleasedAsync(IReadOnlyCollection<string> orderIds, string note)
    {
        foreach (string orderId in orderIds)
        {
            (await client.PostAsJsonAsync($"/api/orders/{orderId}/fraud-review", new { approve = true, note })).EnsureSuccessStatusCode();
        }

        foreach (string orderId in orderIds)
        {
            JsonElement order = await WaitForStatusAsync(orderId, "released", "rejected");
            Assert.Equal("released", order.GetProperty("status").GetString());
            Assert.Equal("authorized", order.GetProperty("payments")[0].GetProperty("status").GetString());
        }
    }
}
