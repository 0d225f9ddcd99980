using System.Net;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OmsServerless.Storage.Cosmos;

namespace OmsServerless.Storage.Tests.Cosmos;

public sealed class OmsContainersInitializerTests
{
    [Fact]
    public async Task Starting_creates_every_container_partitioned_by_id_and_starting_again_is_harmless()
    {
        await using ServiceProvider services = new ServiceCollection()
            .AddOmsStorage(await CosmosTestContext.CreateConfigurationAsync())
            .BuildServiceProvider();
        var initializer = new OmsContainersInitializer(services.GetRequiredService<OmsContainers>());
        Container orders = services.GetRequiredService<OmsContainers>().Get(OmsContainers.Orders);
        using ResponseMessage before = await orders.ReadContainerStreamAsync();

        await initializer.StartAsync(CancellationToken.None);
        await initializer.StartAsync(CancellationToken.None);

        ContainerProperties created = (await orders.ReadContainerAsync()).Resource;
        Assert.Equal(HttpStatusCode.NotFound, before.StatusCode);
        Assert.Equal(services.GetRequiredService<IOptions<CosmosOptions>>().Value.ContainerPrefix + OmsContainers.Orders, created.Id);
        Assert.Equal("/id", created.PartitionKeyPath);
    }
}
