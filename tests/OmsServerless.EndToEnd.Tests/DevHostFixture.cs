using System.Net.Http.Headers;
using Microsoft.AspNetCore.Mvc.Testing;
using OmsServerless.Testing;

namespace OmsServerless.EndToEnd.Tests;

/// <summary>
/// The DevHost in-process (same handlers, same storage adapters) against the test Azurite, in tables of its own,
/// seeded with a small demo retailer (all showcase SKUs, fewer generated ones) once for the whole collection. Its
/// orchestrations run on the Azure Storage backend, as the DevHost's default.
/// </summary>
public class DevHostFixture : IAsyncLifetime
{
    public const int GeneratedSkus = 60;

    private readonly string _durableBackend;
    private WebApplicationFactory<Program>? _factory;

    public DevHostFixture()
        : this("AzureStorage")
    {
    }

    protected DevHostFixture(string durableBackend) => _durableBackend = durableBackend;

    public WebApplicationFactory<Program> Factory => _factory ?? throw new InvalidOperationException("Not started.");

    public IServiceProvider Services => Factory.Services;

    public async Task InitializeAsync()
    {
        string connectionString = await TestAzurite.GetConnectionStringAsync();
        string cosmos = await TestCosmos.GetEndpointAsync();
        string prefix = TestAzurite.UniqueTablePrefix();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host
            .UseSetting("DevHost:StartEmulators", "false")
            .UseSetting("DevHost:DemoSkuCount", GeneratedSkus.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("DevHost:DurableBackend", _durableBackend)
            .UseSetting("DevHost:TaskHubName", "E2e" + prefix)
            .UseSetting("Storage:ConnectionString", connectionString)
            .UseSetting("Storage:TablePrefix", prefix)
            .UseSetting("Storage:BlobContainerPrefix", TestAzurite.UniqueBlobPrefix())
            .UseSetting("Cosmos:Endpoint", cosmos)
            .UseSetting("Cosmos:Key", TestCosmos.Key)
            .UseSetting("Cosmos:ContainerPrefix", TestCosmos.UniqueContainerPrefix())
            .UseSetting("Cosmos:TrustLocalEmulatorCertificate", "true")
            .UseSetting("Workflows:Orders:FraudReviewTimeout", "00:00:30")
            .UseSetting("Workflows:Orders:PaymentFirstRetryDelay", "00:00:00.200")
            .UseSetting("Workflows:Orders:ActivityFirstRetryDelay", "00:00:00.200"));
        _ = _factory.Server;
    }

    /// <summary>A client calling with one of the demo keys from the DevHost's appsettings.json.</summary>
    public HttpClient ClientWithKey(string? apiKey)
    {
        HttpClient client = Factory.CreateClient();
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class DevHostCollection : ICollectionFixture<DevHostFixture>
{
    public const string Name = "DevHost";
}

/// <summary>The same DevHost with the in-memory Durable backend (<c>DevHost:DurableBackend=InMemory</c>).</summary>
public sealed class InMemoryDevHostFixture : DevHostFixture
{
    public InMemoryDevHostFixture()
        : base("InMemory")
    {
    }
}

[CollectionDefinition(Name)]
public sealed class InMemoryDevHostCollection : ICollectionFixture<InMemoryDevHostFixture>
{
    public const string Name = "InMemoryDevHost";
}
