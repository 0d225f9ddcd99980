using OmsServerless.Domain.Availability;
using OmsServerless.Domain.Catalog;
using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Inventory;
using OmsServerless.Domain.Network;

namespace OmsServerless.Api.Inventory;

/// <summary>Reads a SKU's balances and the network, and computes what a channel can promise.</summary>
public sealed class AvailabilityReader(
    IInventoryStore inventory, INodeDirectory nodes, IProductCatalog catalog, ChannelInventoryPolicy policy)
{
    /// <summary>Null when the SKU is neither stocked anywhere nor in the catalog.</summary>
    public async Task<SkuAvailability?> ForSkuAsync(string sku, SalesChannel channel, CancellationToken cancellationToken)
    {
        Task<IReadOnlyList<InventoryBalance>> balancesTask = inventory.GetBalancesAsync(sku, cancellationToken);
        NodeNetwork network = await nodes.GetNetworkAsync(cancellationToken);
        IReadOnlyList<InventoryBalance> balances = await balancesTask;

        // Stocked SKUs skip the catalog read; only a SKU without balance rows needs it to tell "unknown" from "none left".
        if (balances.Count == 0 && await catalog.FindAsync(sku, cancellationToken) is null)
        {
            return null;
        }

        return AvailabilityCalculator.ForSku(sku, balances, network.ById, channel, policy);
    }

    public Task<NodeNetwork> GetNetworkAsync(CancellationToken cancellationToken) => nodes.GetNetworkAsync(cancellationToken);
}
