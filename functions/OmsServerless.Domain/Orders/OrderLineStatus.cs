using System.Text.Json.Serialization;

namespace OmsServerless.Domain.Orders;

/// <summary>Where one order line is in fulfilment.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OrderLineStatus>))]
public enum OrderLineStatus
{
    /// <summary>Waiting to be sourced (new, or given back by a node for re-routing).</summary>
    Open,

    /// <summary>Inventory reserved at the chosen node(s).</summary>
    Allocated,

    /// <summary>Sent to the node(s) as part of a fulfilment order.</summary>
    Released,

    /// <summary>Handed to the carrier. Final for the OMS (returns are separate).</summary>
    Shipped,

    /// <summary>Waiting at the store for the customer.</summary>
    ReadyForPickup,

    /// <summary>Collected by the customer. Final.</summary>
    PickedUp,

    /// <summary>No stock anywhere right now; will be sourced again when stock arrives.</summary>
    Backordered,

    /// <summary>Cannot be fulfilled at all. Final.</summary>
    Unfillable,

    /// <summary>Cancelled. Final.</summary>
    Cancelled,
}
