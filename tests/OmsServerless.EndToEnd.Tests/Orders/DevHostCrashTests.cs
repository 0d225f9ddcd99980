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
            orderIds = await new Storefront(storefront).PlaceAwaitingFraudReviewAsync(5, "crash-");

            first.Crash();
        }

        (DevHostProcess second, _) = await DevHostProcess.StartAsync(settings, timeout.Token);
        await using (second)
        {
            using HttpClient operations = second.CreateClient(DemoKeys.Operations);
            await new Storefront(operations).ApproveReviewsAndExpectReleasedAsync(orderIds, "verified after the outage");
        }
    }
}
