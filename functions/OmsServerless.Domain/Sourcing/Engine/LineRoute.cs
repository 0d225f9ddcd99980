namespace OmsServerless.Domain.Sourcing.Engine;

/// <summary>Where a line's units end up, which decides where a backorder for them may come from.</summary>
internal enum LineRoute
{
    /// <summary>Not routable (unknown SKU or store): nothing can be backordered.</summary>
    None,

    /// <summary>Parcels to the customer's address.</summary>
    Customer,

    /// <summary>Parcels to the chosen store (ship-to-store, or BOPIS the store could not hand over).</summary>
    ToStore,

    /// <summary>Held at the chosen store itself (ROPIS, or BOPIS at a store that cannot receive parcels).</summary>
    AtStore,
}
