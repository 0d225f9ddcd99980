namespace OmsServerless.Domain.Sourcing.Decisions;

/// <summary>The first eligibility check a node failed, in the order they are applied.</summary>
public enum FilterOutcome
{
    Eligible,

    /// <summary>Holds none of the ordered SKUs (checked first, so large networks are not scanned node by node).</summary>
    NoStock,
    NodeTypeNotAllowed,
    ExcludedNode,
    ExcludedRegion,

    /// <summary>Cannot ship (or, for pickups, cannot hand over).</summary>
    MissingCapability,

    /// <summary>Is the store a ship-to-store parcel goes to.</summary>
    DestinationStore,
    NoCapacity,
    BeyondMaxDistance,

    /// <summary>No carrier service reaches the destination from this node.</summary>
    NoCarrierService,
    SkuAttributeExcluded,
    BelowSafetyStock,
}
