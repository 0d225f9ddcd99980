using OmsServerless.Domain.Network;

namespace OmsServerless.Workflows.Tests.Doubles;

/// <summary>Capacity usage per (node, work day), counted once per fulfillment order.</summary>
public sealed class InMemoryNodeCapacityLedger : INodeCapacityLedger
{
    private readonly Dictionary<(string NodeId, DateOnly Day), int> _used = [];
    private readonly Dictionary<string, (string NodeId, DateOnly Day, int Units, bool Returned)> _claims = new(StringComparer.Ordinal);

    /// <summary>Units the node holds, over all work days.</summary>
    public int UsedBy(string nodeId)
    {
        lock (_used)
        {
            return _used.Where(u => u.Key.NodeId == nodeId).Sum(u => u.Value);
        }
    }

    public Task<IReadOnlyList<NodeCapacityUsage>> GetUsageAsync(IReadOnlyList<FulfillmentNode> nodes, DateTimeOffset at, CancellationToken cancellationToken)
    {
        lock (_used)
        {
            return Task.FromResult<IReadOnlyList<NodeCapacityUsage>>([.. nodes
                .Select(node => new NodeCapacityUsage(node.NodeId, NodeWorkDay.Of(node, at), _used.GetValueOrDefault((node.NodeId, NodeWorkDay.Of(node, at)))))
                .Where(usage => usage.UnitsReleased > 0)]);
        }
    }

    public Task ConsumeAsync(FulfillmentNode node, string fulfillmentOrderId, int units, DateTimeOffset releasedAt, CancellationToken cancellationToken)
    {
        lock (_used)
        {
            DateOnly day = NodeWorkDay.Of(node, releasedAt);
            if (_claims.TryAdd(fulfillmentOrderId, (node.NodeId, day, units, false)))
            {
                _used[(node.NodeId, day)] = _used.GetValueOrDefault((node.NodeId, day)) + units;
            }
        }

        return Task.CompletedTask;
    }

    public Task ReturnAsync(FulfillmentNode node, string fulfillmentOrderId, DateTimeOffset releasedAt, CancellationToken cancellationToken)
    {
        lock (_used)
        {
            if (_claims.TryGetValue(fulfillmentOrderId, out var claim) && !claim.Returned)
            {
                _claims[fulfillmentOrderId] = claim with { Returned = true };
                _used[(claim.NodeId, claim.Day)] -= claim.Units;
            }
        }

        return Task.CompletedTask;
    }
}
