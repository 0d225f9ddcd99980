using System.Net.Http.Json;
using System.Text.Json;
using OmsServerless.DevHost.Demo;
using OmsServerless.Testing;

namespace OmsServerless.EndToEnd.Tests.Orders;

/// <summary>The DevHost as a real process, killed while orders wait for a reviewer, then started again.</summary>
public sealed class DevHostCrashTests
{
    [Fact]
    public async Task Orders_waiting_for_fraud_review_survive_a_killed_devhost_and_complete_once_approved()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        string prefix = TestAzurite.UniqueTablePrefix();
        var settings = new Dictionary<string, string>
        {
            ["DevHost:StartEmulators"] = "false",
            ["DevHost:DemoSkuCount"] = "10",
            ["DevHost:TaskHubName"] = "Crash" + prefix,
            ["Storage:ConnectionString"] = await TestAzurite.GetConnectionStringAsync(),
            ["Storage:TablePrefix"] = prefix,
            ["Storage:BlobContainerPrefix"] = TestAzurite.UniqueBlobPrefix(),
            ["Cosmos:Endpoint"] = await TestCosmos.GetEndpointAsync(),
            ["Cosmos:Key"] = TestCosmos.Key,
            ["Cosmos:ContainerPrefix"] = TestCosmos.UniqueContainerPrefix(),
            ["Cosmos:TrustLocalEmulatorCertificate"] = "true",
            ["Workflows:Orders:FraudReviewTimeout"] = "01:00:00",
        };

        (DevHostProcess first, _) = await DevHostProcess.StartAsync(settings, timeout.Token);
        string[] orderIds;
        await using (first)
        using (HttpClient storefront = first.CreateClient(DemoKeys.Storefront))
        {
            var shop = new Storefront(storefront);
            orderIds = await Task.WhenAll(Enumerable.Range(0, 5).Select(i =>
                shop.PlaceOkAsync(Storefront.ShipOrder("crash-" + Guid.NewGuid().ToString("N")[..8], DemoCatalog.DcOnlyHeadphones, 5, 249.00m, token: $"tok_visa_{i}"))));
            foreach (string orderId in orderIds)
            {
                Assert.Equal("awaitingFraudReview", (await shop.WaitForStatusAsync(orderId, "awaitingFraudReview", "released", "rejected")).GetProperty("status").GetString());
            }

            first.Crash();
        }

        (DevHostProcess second, _) = await DevHostProcess.StartAsync(settings, timeout.Token);
        await using (second)
        {
            using HttpClient operations = second.CreateClient(DemoKeys.Operations);
            foreach (string orderId in orderIds)
            {
                (await operations.PostAsJsonAsync($"/api/orders/{orderId}/fraud-review", new { approve = true, note = "verified after the outage" })).EnsureSuccessStatusCode();
            }

            var shop = new Storefront(operations);
            foreach (string orderId in orderIds)
            {
                JsonElement order = await shop.WaitForStatusAsync(orderId, "released", "rejected");
                Assert.Equal("released", order.GetProperty("status").GetString());
                Assert.Equal("authorized", order.GetProperty("payments")[0].GetProperty("status").GetString());
            }
        }
    }
}
