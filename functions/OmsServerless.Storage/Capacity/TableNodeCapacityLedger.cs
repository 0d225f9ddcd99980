using Azure;
using Azure.Data.Tables;
using OmsServerless.Domain.Network;
using OmsServerless.Storage.Tables;

namespace OmsServerless.Storage.Capacity;

/// <summary>
/// Node capacity usage on Azure Tables (layout in <see cref="NodeCapacityKeys"/>). Every change writes the fulfillment
/// order's claim and one of the node's counter shards in one transaction under the shard's ETag, so concurrent releases
/// to a node all count and a retried one counts once.
/// </summary>
public sealed class TableNodeCapacityLedger : INodeCapacityLedger
{
    private readonly TableClient _table;

    public TableNodeCapacityLedger(OmsTables tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _table = tables.Get(OmsTableNames.NodeCapacity);
    }

    public async Task<IReadOnlyList<NodeCapacityUsage>> GetUsageAsync(IReadOnlyList<FulfillmentNode> nodes, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        var usage = new List<NodeCapacityUsage>();

        // Nodes in different time zones, or either side of their cut-off, can be on different work days.
        foreach (IGrouping<DateOnly, FulfillmentNode> day in nodes.GroupBy(node => NodeWorkDay.Of(node, at)))
        {
            var onDay = day.Select(node => node.NodeId).ToHashSet(StringComparer.Ordinal);
            string filter = TableClient.CreateQueryFilter(
                $"PartitionKey eq {NodeCapacityKeys.Day(day.Key)} and RowKey ge {NodeCapacityKeys.CounterPrefix} and RowKey lt {NodeCapacityKeys.CountersEnd}");
            var released = new Dictionary<string, int>(StringComparer.Ordinal);
            await foreach (CapacityCounterEntity counter in _table.QueryAsync<CapacityCounterEntity>(filter, cancellationToken: cancellationToken))
            {
                if (onDay.Contains(counter.NodeId))
                {
                    released[counter.NodeId] = released.GetValueOrDefault(counter.NodeId) + counter.UnitsReleased;
                }
            }

            usage.AddRange(released.Where(r => r.Value > 0).Select(r => new NodeCapacityUsage(r.Key, day.Key, r.Value)));
        }

        return usage;
    }

    public async Task ConsumeAsync(FulfillmentNode node, string fulfillmentOrderId, int units, DateTimeOffset releasedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentException.ThrowIfNullOrEmpty(fulfillmentOrderId);
        ArgumentOutOfRangeException.ThrowIfNegative(units);
        string partition = NodeCapacityKeys.Day(NodeWorkDay.Of(node, releasedAt));
        string claimKey = NodeCapacityKeys.Claim(node.NodeId, fulfillmentOrderId);

        // Each round that does not return lost its shard to a concurrent release; the next one tries another.
        while (true)
        {
            int shard = Random.Shared.Next(NodeCapacityKeys.CounterShards);
            string counterKey = NodeCapacityKeys.Counter(node.NodeId, shard);
            CapacityCounterEntity? counter = await FindAsync<CapacityCounterEntity>(partition, counterKey, cancellationToken);
            var claim = new CapacityClaimEntity { PartitionKey = partition, RowKey = claimKey, NodeId = node.NodeId, Units = units, Shard = shard };
            var counted = new CapacityCounterEntity
            {
                PartitionKey = partition,
                RowKey = counterKey,
                NodeId = node.NodeId,
                UnitsReleased = (counter?.UnitsReleased ?? 0) + units,
            };
            TableTransactionAction[] transaction =
            [
                new(TableTransactionActionType.Add, claim),
                counter is null
                    ? new(TableTransactionActionType.Add, counted)
                    : new(TableTransactionActionType.UpdateReplace, counted, counter.ETag),
            ];
            if (await TrySubmitAsync(transaction, cancellationToken)
                || await FindAsync<CapacityClaimEntity>(partition, claimKey, cancellationToken) is not null)
            {
                return;
            }
        }
    }

    public async Task ReturnAsync(FulfillmentNode node, string fulfillmentOrderId, DateTimeOffset releasedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentException.ThrowIfNullOrEmpty(fulfillmentOrderId);
        string partition = NodeCapacityKeys.Day(NodeWorkDay.Of(node, releasedAt));
        while (true)
        {
            CapacityClaimEntity? claim = await FindAsync<CapacityClaimEntity>(partition, NodeCapacityKeys.Claim(node.NodeId, fulfillmentOrderId), cancellationToken);
            if (claim is null || claim.Returned)
            {
                return;
            }

            CapacityCounterEntity counter = await FindAsync<CapacityCounterEntity>(partition, NodeCapacityKeys.Counter(claim.NodeId, claim.Shard), cancellationToken)
                ?? throw new InvalidOperationException($"Capacity claim {claim.RowKey} on {partition} has no counter.");
            ETag claimETag = claim.ETag, counterETag = counter.ETag;
            claim.Returned = true;
            counter.UnitsReleased -= claim.Units;
            if (await TrySubmitAsync(
                [
                    new(TableTransactionActionType.UpdateReplace, claim, claimETag),
                    new(TableTransactionActionType.UpdateReplace, counter, counterETag),
                ],
                cancellationToken))
            {
                return;
            }
        }
    }

    private async Task<T?> FindAsync<T>(string partition, string row, CancellationToken cancellationToken)
        where T : class, ITableEntity
    {
        NullableResponse<T> found = await _table.GetEntityIfExistsAsync<T>(partition, row, cancellationToken: cancellationToken);
        return found.HasValue ? found.Value : null;
    }

    /// <summary>False when another writer changed the claim or the counter first.</summary>
    private async Task<bool> TrySubmitAsync(IEnumerable<TableTransactionAction> transaction, CancellationToken cancellationToken)
    {
        try
        {
            await _table.SubmitTransactionAsync(transaction, cancellationToken);
            return true;
        }
        catch (TableTransactionFailedException failure) when (failure.Status is 409 or 412)
        {
            return false;
        }
    }
}
