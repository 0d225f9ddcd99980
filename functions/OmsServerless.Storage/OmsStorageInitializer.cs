using Microsoft.Extensions.Hosting;
using OmsServerless.Storage.Cosmos;
using OmsServerless.Storage.Tables;

namespace OmsServerless.Storage;

/// <summary>
/// Creates every table, blob container and Cosmos container OmsServerless uses, when a host starts, so a fresh
/// storage account needs no manual setup. Creating what exists is harmless.
/// </summary>
public sealed class OmsStorageInitializer(OmsTables tables, OmsBlobContainers blobs, OmsContainers containers) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await tables.CreateAllAsync(cancellationToken);
        await blobs.CreateAllAsync(cancellationToken);

        await containers.CreateAllAsync(cancellationToken);
    }
}
