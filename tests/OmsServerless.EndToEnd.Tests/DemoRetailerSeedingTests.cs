using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OmsServerless.DevHost.Demo;

namespace OmsServerless.EndToEnd.Tests;

[Collection(DevHostCollection.Name)]
public sealed class DemoRetailerSeedingTests(DevHostFixture devHost)
{
    [Fact]
    public async Task Starting_again_on_seeded_storage_seeds_nothing_twice()
    {
        HttpClient operations = devHost.ClientWithKey(DemoKeys.Operations);
        JsonElement ledgerBefore = await operations.GetFromJsonAsync<JsonElement>($"/api/inventory/{DemoCatalog.ScarceSneaker}/nodes/STORE-NYC-5TH/ledger");

        bool seeded = await devHost.Services.GetRequiredService<DemoRetailerSeeder>().SeedIfNeededAsync(CancellationToken.None);

        JsonElement ledgerAfter = await operations.GetFromJsonAsync<JsonElement>($"/api/inventory/{DemoCatalog.ScarceSneaker}/nodes/STORE-NYC-5TH/ledger");
        Assert.False(seeded);
        Assert.Equal(ledgerBefore.GetProperty("entries").GetArrayLength(), ledgerAfter.GetProperty("entries").GetArrayLength());
    }

    [Fact]
    public void The_demo_retailer_has_the_assortment_and_network_the_issue_asks_for()
    {
        Assert.True(DemoCatalog.Build(1200).Count >= 1000);
        Assert.Equal(DemoCatalog.Build(1200).Count, DemoCatalog.Build(1200).Select(p => p.Sku).Distinct().Count());
        Assert.Equal(DemoCatalog.Build(50), DemoCatalog.Build(50));
    }
}
