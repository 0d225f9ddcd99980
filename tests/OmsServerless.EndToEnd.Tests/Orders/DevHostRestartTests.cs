using System.Globalization;
using OmsServerless.LocalEmulators;
using OmsServerless.Testing;

namespace OmsServerless.EndToEnd.Tests.Orders;

/// <summary>
/// The DevHost as a developer runs it, starting its own Azurite and Cosmos emulator, killed alone while orders wait for
/// a reviewer (an IDE's stop button): the emulators stop with it, and nothing the orders wrote is lost. Azurite keeps
/// its tables in memory and writes them to disk every few seconds, so its last changes survive only a graceful stop.
/// </summary>
public sealed class DevHostRestartTests
{
    [Fact]
    public async Task Orders_waiting_for_fraud_review_survive_the_devhost_killed_with_its_emulators_stopping_after_it()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        string azuriteData = Path.Combine(Path.GetTempPath(), "oms-test-restart-azurite-" + Guid.NewGuid().ToString("N")[..8]);
        string cosmosData = Path.Combine(Path.GetTempPath(), "oms-test-restart-cosmos-" + Guid.NewGuid().ToString("N")[..8]);
        var settings = new Dictionary<string, string>
        {
            ["DevHost:StartEmulators"] = "true",
            ["DevHost:AzuriteDataDirectory"] = azuriteData,
            ["DevHost:AzuriteBlobPort"] = Port(),
            ["DevHost:AzuriteQueuePort"] = Port(),
            ["DevHost:AzuriteTablePort"] = Port(),
            ["DevHost:CosmosPort"] = Port(),
            ["DevHost:CosmosDataDirectory"] = cosmosData,
            ["DevHost:DemoSkuCount"] = "10",
            ["Workflows:Orders:FraudReviewTimeout"] = "01:00:00",
        };

        try
        {
            (DevHostProcess first, _) = await DevHostProcess.StartAsync(settings, timeout.Token);
            string[] orderIds;
            await using (first)
            using (HttpClient storefront = first.CreateClient(DemoKeys.Storefront))
            {
                orderIds = await new Storefront(storefront).PlaceAwaitingFraudReviewAsync(3, "restart-");

                first.KillProcessOnly();
            }

            foreach (string port in new[] { "DevHost:AzuriteBlobPort", "DevHost:AzuriteQueuePort", "DevHost:AzuriteTablePort", "DevHost:CosmosPort" })
            {
                await WaitUntilClosedAsync(int.Parse(settings[port], CultureInfo.InvariantCulture), timeout.Token);
            }

            (DevHostProcess second, _) = await DevHostProcess.StartAsync(settings, timeout.Token);
            await using (second)
            {
                using HttpClient operations = second.CreateClient(DemoKeys.Operations);
                await new Storefront(operations).ApproveReviewsAndExpectReleasedAsync(orderIds, "verified after the restart");
            }
        }
        finally
        {
            foreach (string directory in new[] { azuriteData, cosmosData }.Where(Directory.Exists))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
    }

    private static async Task WaitUntilClosedAsync(int port, CancellationToken cancellationToken)
    {
        while (PortProbe.IsListening(port))
        {
            await Task.Delay(100, cancellationToken);
        }
    }

    private static string Port() => PortProbe.FreePort().ToString(CultureInfo.InvariantCulture);
}
