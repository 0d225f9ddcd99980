using Microsoft.Extensions.Hosting;

namespace OmsServerless.Storage.Cosmos;

/// <summary>Creates the Cosmos database and containers when a host starts, so a fresh account needs no manual setup.</summary>
public sealed class OmsContainersInitializer(OmsContainers containers) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => containers.CreateAllAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
