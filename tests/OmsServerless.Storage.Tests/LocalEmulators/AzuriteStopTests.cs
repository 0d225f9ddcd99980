using Azure.Data.Tables;
using OmsServerless.LocalEmulators;

namespace OmsServerless.Storage.Tests.LocalEmulators;

/// <summary>
/// Azurite as the DevHost runs it: a developer who stops the DevHost right after a change finds it there on the next
/// start. Azurite writes its tables to disk only every few seconds, so this holds only if stopping lets it save.
/// </summary>
public sealed class AzuriteStopTests
{
    [Fact]
    public async Task A_write_made_just_before_a_stop_is_there_after_a_restart()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        string dataDirectory = Path.Combine(Path.GetTempPath(), "oms-test-azurite-stop-" + Guid.NewGuid().ToString("N")[..8]);
        var settings = new AzuriteSettings(PortProbe.FreePort(), PortProbe.FreePort(), PortProbe.FreePort(), dataDirectory);
        try
        {
            await using (EmulatorProcess first = await Azurite.EnsureRunningAsync(settings, log: null, timeout.Token))
            {
                Assert.True(first.StartedHere);
                var table = new TableClient(settings.ConnectionString, "Orders");
                await table.CreateIfNotExistsAsync(timeout.Token);
                await table.AddEntityAsync(new TableEntity("customer-1", "order-1") { ["Status"] = "released" }, timeout.Token);
            }

            await using EmulatorProcess second = await Azurite.EnsureRunningAsync(settings, log: null, timeout.Token);
            Assert.True(second.StartedHere);
            var reopened = new TableClient(settings.ConnectionString, "Orders");
            TableEntity order = await reopened.GetEntityAsync<TableEntity>("customer-1", "order-1", cancellationToken: timeout.Token);
            Assert.Equal("released", order.GetString("Status"));
        }
        finally
        {
            if (Directory.Exists(dataDirectory))
            {
                Directory.Delete(dataDirectory, recursive: true);
            }
        }
    }
}
