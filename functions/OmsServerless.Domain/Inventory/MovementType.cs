namespace OmsServerless.Domain.Inventory;

/// <summary>Why a balance changed. Every change is one movement in the append-only ledger.</summary>
public enum MovementType
{
    /// <summary>
    /// Units received (purchase order, transfer in): on hand rises by the quantity, and units announced as inbound
    /// are no longer in transit.
    /// </summary>
    Receipt,

    /// <summary>Units announced on their way (an advance ship notice): in transit rises; only backorders may promise them.</summary>
    Inbound,

    /// <summary>A signed correction of on hand (found, lost, shrink).</summary>
    Adjustment,

    /// <summary>A physical count: on hand becomes the counted quantity.</summary>
    CycleCount,

    /// <summary>Units found damaged: they stay on hand but become unavailable.</summary>
    Damage,

    /// <summary>Safety stock for the node is set to the quantity.</summary>
    SafetyStockChange,

    /// <summary>Units promised to an order line.</summary>
    Reservation,

    /// <summary>A reservation given back (cancellation, reroute).</summary>
    Release,

    /// <summary>Reserved units shipped or handed over: on hand and reserved both fall.</summary>
    Consumption,

    /// <summary>A sale at the till: on hand falls without a reservation.</summary>
    PosSale,
}
