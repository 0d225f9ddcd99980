using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using OmsServerless.Domain.Catalog;
using OmsServerless.Storage.Catalog;

namespace OmsServerless.EndToEnd.Tests;

/// <summary>A product only one test uses, received into stock through the WMS API, so its numbers are the test's own.</summary>
internal static class TestProducts
{
    public static async Task<string> CreateAsync(DevHostFixture devHost, decimal price, params (string NodeId, int Units)[] stock)
    {
        string sku = "E2E-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        await devHost.Services.GetRequiredService<TableProductCatalog>().UpsertAsync(
            [new Product(sku, "Test product " + sku, "Test", price, 0.4, false, false)], CancellationToken.None);
        HttpClient wms = devHost.ClientWithKey(DemoKeys.Wms);
        foreach ((string nodeId, int units) in stock)
        {
            HttpResponseMessage receipt = await wms.PostAsJsonAsync("/api/inventory/adjustments", new
            {
                movementId = $"receipt-{sku}-{nodeId}", sku, nodeId, type = "receipt", quantity = units,
            });
            receipt.EnsureSuccessStatusCode();
        }

        return sku;
    }
}
