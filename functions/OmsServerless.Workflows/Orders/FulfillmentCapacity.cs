using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Network;

namespace OmsServerless.Workflows.Orders;

/// <summary>
/// Counts fulfillment orders against their nodes' work days and gives them back, for the activities that release and
/// withdraw them. A node no longer in the network has no capacity to keep, so its fulfillment orders are skipped.
/// </summary>
public sealed class FulfillmentCapacity(INodeDirectory nodes, INodeCapacityLedger ledger)
{
    public async Task CountAsync(FulfillmentOrder released, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(released);
        if (await NodeOfAsync(released, cancellationToken) is { } node)
        {
            // A stored one counts on the day it was first released, even when this is a retry after midnight.
            await ledger.ConsumeAsync(node, released.FulfillmentOrderId, released.Lines.Sum(l => l.Quantity), released.ReleasedAt, cancellationToken);
        }
    }

    public async Task GiveBackAsync(FulfillmentOrder withdrawn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(withdrawn);
        if (await NodeOfAsync(withdrawn, cancellationToken) is { } node)
        {
            await ledger.ReturnAsync(node, withdrawn.FulfillmentOrderId, withdrawn.ReleasedAt, cancellationToken);
        }
    }

    private async Task<FulfillmentNode?> NodeOfAsync(FulfillmentOrder fulfillmentOrder, CancellationToken cancellationToken) =>
        (await nodes.GetNetworkAsync(cancellationToken)).ById.GetValueOrDefault(fulfillmentOrder.NodeId);
}
