namespace OmsServerless.Domain.Network;

/// <summary>What a node can do for an order.</summary>
[Flags]
public enum NodeCapabilities
{
    None = 0,

    /// <summary>Picks, packs and ships parcels to customers.</summary>
    Ship = 1,

    /// <summary>Hands orders to customers who collect them (BOPIS, ROPIS).</summary>
    Pickup = 2,

    /// <summary>Receives transfers from other nodes for customer collection (ship-to-store).</summary>
    ShipToStoreReceiving = 4,

    /// <summary>Accepts customer returns.</summary>
    Returns = 8,
}
