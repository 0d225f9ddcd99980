namespace OmsServerless.Domain.Sourcing.Decisions;

/// <summary>How units physically reach the customer.</summary>
public enum FulfillmentMethod
{
    ShipFromStore,
    ShipFromDistributionCenter,
    ShipFromThirdPartyLogistics,
    DropShip,

    /// <summary>Picked at the chosen store for collection (BOPIS).</summary>
    PickupInStore,

    /// <summary>Held at the chosen store, paid at collection (ROPIS).</summary>
    ReserveInStore,

    /// <summary>Shipped from another node to the chosen store for collection.</summary>
    ShipToStore,
}
