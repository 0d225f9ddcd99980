using OmsServerless.Domain.Inventory;
using OmsServerless.Domain.Network;

namespace OmsServerless.Domain.Availability;

/// <summary>A node's stock of one SKU as a channel sees it.</summary>
public sealed record NodePosition(FulfillmentNode Node, InventoryBalance Balance)
{
    public int AvailableToPromise => Balance.AvailableToPromise;

    public bool CanShip => Node.Can(NodeCapabilities.Ship);

    public bool CanPickup => Node.Can(NodeCapabilities.Pickup);
}
