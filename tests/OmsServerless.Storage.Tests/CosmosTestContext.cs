using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OmsServerless.Storage.Cosmos;
using OmsServerless.Testing;

namespace OmsServerless.Storage.Tests;

/// <summary>The real Cosmos adapters, as <c>AddOmsStorage</c> wires them, against the test emulator in containers no other test uses.</summary>
public sealed class CosmosTestContext : IAsyncLifetime
{
    private ServiceProvider? _services;

    public IServiceProvider Services => _services ?? throw new InvalidOperationException("Not initialised.");

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Settings for the test emulator with a container prefix of their own; no container exists yet.</summary>
    public static async Task<IConfiguration> CreateConfigurationAsync() =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Cosmos:Endpoint"] = await TestCosmos.GetEndpointAsync(),
                ["Cosmos:Key"] = TestCosmos.Key,
                ["Cosmos:Database"] = "oms-tests",
                ["Cosmos:ContainerPrefix"] = TestCosmos.UniqueContainerPrefix(),
                ["Cosmos:TrustLocalEmulatorCertificate"] = "true",
            })
            .Build();

    public async Task InitializeAsync()
    {
        _services = new ServiceCollection().AddOmsStorage(await CreateConfigurationAsync()).BuildServiceProvider();
        await Get<OmsContainers>().CreateAllAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
    }
}
