using Microsoft.Extensions.Hosting;

namespace OmsServerless.Storage.Tables;

/// <summary>Creates the tables when a host starts, so a fresh storage account needs no manual setup.</summary>
public sealed class OmsTablesInitializer(OmsTables tables) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => tables.CreateAllAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
