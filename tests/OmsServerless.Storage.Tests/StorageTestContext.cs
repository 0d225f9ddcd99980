using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OmsServerless.Storage.Tables;
using OmsServerless.Testing;

namespace OmsServerless.Storage.Tests;

/// <summary>The real storage adapters against the test Azurite, in tables no other test uses.</summary>
public sealed class StorageTestContext : IAsyncLifetime
{
    private ServiceProvider? _services;

    public IServiceProvider Services => _services ?? throw new InvalidOperationException("Not initialised.");

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public async Task InitializeAsync()
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:ConnectionString"] = await TestAzurite.GetConnectionStringAsync(),
                ["Storage:TablePrefix"] = TestAzurite.UniqueTablePrefix(),
            })
            .Build();
        _services = new ServiceCollection().AddOmsStorage(configuration).BuildServiceProvider();
        await Get<OmsTables>().CreateAllAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        if (_services is not null)
        {
            await _services.DisposeAsync();
        }
    }
}
