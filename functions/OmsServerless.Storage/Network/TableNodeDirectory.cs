using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using OmsServerless.Domain.Network;
using OmsServerless.Storage.Tables;

namespace OmsServerless.Storage.Network;

/// <summary>
/// The node network from Table Storage, cached whole for a short time: every availability lookup needs it, and it
/// changes a few times a day at most.
/// </summary>
public sealed class TableNodeDirectory : INodeDirectory
{
    private readonly TableClient _table;
    private readonly TimeProvider _time;
    private readonly TimeSpan _cacheDuration;
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile Snapshot? _snapshot;

    public TableNodeDirectory(OmsTables tables, IOptions<StorageOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(options);
        _table = tables.Get(OmsTableNames.Nodes);
        _time = time;
        _cacheDuration = options.Value.NodeCacheDuration;
    }

    public async Task<NodeNetwork> GetNetworkAsync(CancellationToken cancellationToken) =>
        (await GetSnapshotAsync(cancellationToken)).Network;

    public async Task UpsertAsync(IEnumerable<FulfillmentNode> nodes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        foreach (FulfillmentNode[] chunk in nodes.Chunk(100))
        {
            await _table.SubmitTransactionAsync(
                chunk.Select(n => new TableTransactionAction(TableTransactionActionType.UpsertReplace, NodeEntity.From(n))),
                cancellationToken);
        }

        _snapshot = null;
    }

    private async Task<Snapshot> GetSnapshotAsync(CancellationToken cancellationToken)
    {
        Snapshot? snapshot = _snapshot;
        if (snapshot is not null && snapshot.ExpiresAt > _time.GetUtcNow())
        {
            return snapshot;
        }

        await _refresh.WaitAsync(cancellationToken);
        try
        {
            snapshot = _snapshot;
            if (snapshot is not null && snapshot.ExpiresAt > _time.GetUtcNow())
            {
                return snapshot;
            }

            var nodes = new List<FulfillmentNode>();
            string filter = TableClient.CreateQueryFilter($"PartitionKey eq {NodeEntity.Partition}");
            await foreach (NodeEntity entity in _table.QueryAsync<NodeEntity>(filter, cancellationToken: cancellationToken))
            {
                nodes.Add(entity.ToNode());
            }

            snapshot = new Snapshot(new NodeNetwork(nodes), _time.GetUtcNow() + _cacheDuration);
            _snapshot = snapshot;
            return snapshot;
        }
        finally
        {
            _refresh.Release();
        }
    }

    private sealed record Snapshot(NodeNetwork Network, DateTimeOffset ExpiresAt);
}
