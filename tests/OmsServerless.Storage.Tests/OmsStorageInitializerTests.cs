using System.Net;
using Azure.Data.Tables;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OmsServerless.Storage.Cosmos;
using OmsServerless.Storage.Tables;
using OmsServerless.Testing;

namespace OmsServerless.Storage.Tests;

public sealed class OmsStorageInitializerTests
{
    [Fact]
    public async Task Starting_creates_every_table_blob_container_and_cosmos_container_and_starting_again_is_harmless()
    {
        IConfiguration configuration = new ConfigurationBuilder()
            .AddConfiguration(await CosmosTestContext.CreateConfigurationAsync())
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:ConnectionString"] = await TestAzurite.GetConnectionStringAsync(),
                ["Storage:TablePrefix"] = TestAzurite.UniqueTablePrefix(),
                ["Storage:BlobContainerPrefix"] = TestAzurite.UniqueBlobPrefix(),
            })
            .Build();
        await using ServiceProvider services = new ServiceCollection().AddOmsStorage(configuration).BuildServiceProvider();
        var initializer = services.GetRequiredService<OmsStorageInitializer>();
        Container orders = services.GetRequiredService<OmsContainers>().Get(OmsContainers.Orders);
        using ResponseMessage before = await orders.ReadContainerStreamAsync();

        await initializer.StartAsync(CancellationToken.None);
        await initializer.StartAsync(CancellationToken.None);

        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        foreach (string container in OmsContainers.All)
        {
            ContainerProperties created = (await services.GetRequiredService<OmsContainers>().Get(container).ReadContainerAsync()).Resource;
            Assert.Equal(services.GetRequiredService<IOptions<CosmosOptions>>().Value.ContainerPrefix + container, created.Id);
            Assert.Equal("/id", created.PartitionKeyPath);
        }

        OmsTables tables = services.GetRequiredService<OmsTables>();
        foreach (string table in OmsTableNames.All)
        {
            await tables.Get(table).QueryAsync<TableEntity>(maxPerPage: 1).AsPages().FirstAsync();
        }

        OmsBlobContainers blobs = services.GetRequiredService<OmsBlobContainers>();
        Assert.True(await blobs.Get(OmsBlobContainers.Configuration).ExistsAsync());
    }
}
