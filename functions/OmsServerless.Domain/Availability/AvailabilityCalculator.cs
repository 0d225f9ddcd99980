using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Inventory;
using OmsServerless.Domain.Network;

namespace OmsServerless.Domain.Availability;

/// <summary>Turns raw balances into what a channel can promise.</summary>
public static class AvailabilityCalculator
{
    public static SkuAvailability ForSku(
        string sku,
        IEnumerable<InventoryBalance> balances,
        IReadOnlyDictionary<string, FulfillmentNode> nodesById,
        SalesChannel channel,
        ChannelInventoryPolicy policy)
    {
        ArgumentNullException.ThrowIfNull(balances);
        ArgumentNullException.ThrowIfNull(nodesById);
        ArgumentNullException.ThrowIfNull(policy);

        var positions = new List<NodePosition>();
        int network = 0, ship = 0, pickup = 0;
        foreach (InventoryBalance balance in balances.OrderBy(b => b.NodeId, StringComparer.Ordinal))
        {
            // A balance for a node that has left the network, or that this channel may not sell from, is invisible.
            if (!nodesById.TryGetValue(balance.NodeId, out FulfillmentNode? node) || !policy.Allows(channel, node))
            {
                continue;
            }

            var position = new NodePosition(node, balance);
            positions.Add(position);
            network += position.AvailableToPromise;
            ship += position.CanShip ? position.AvailableToPromise : 0;
            pickup += position.CanPickup ? position.AvailableToPromise : 0;
        }

        return new SkuAvailability(sku, network, ship, pickup, positions);
    }
}
