using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace OmsServerless.DevHost;

/// <summary>Tells the developer where everything is once the DevHost listens.</summary>
public static class DevHostBanner
{
    public static void Print(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        string baseUrl = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? "http://localhost:7071";
        Console.WriteLine($"""

            OmsServerless DevHost is running.
              API            {baseUrl}/api/...
              OpenAPI        {baseUrl}/api/openapi.json
              Try            curl -H "X-Api-Key: demo-storefront-key" {baseUrl}/api/inventory/TEE-CLASSIC-WHT-M
              Nearby stores  curl -H "X-Api-Key: demo-storefront-key" "{baseUrl}/api/stores/nearby?postalCode=10001&radiusKm=50&sku=TEE-CLASSIC-WHT-M"
            Press Ctrl+C to stop.

            """);
    }
}
