namespace OmsServerless.Domain.Sourcing.Decisions;

public enum UnfillableReason
{
    /// <summary>The SKU is not in the catalogue the network was built with.</summary>
    UnknownSku,

    /// <summary>The line names a store that is not in the network.</summary>
    StoreNotFound,

    /// <summary>ROPIS: the chosen store is not eligible for the line, or lacks the stock.</summary>
    StoreCannotFulfil,

    /// <summary>Ship-to-store (or BOPIS fallback): the chosen store cannot receive transfers.</summary>
    StoreCannotReceive,

    /// <summary>The rule set does not ship to the destination's region.</summary>
    DestinationRegionExcluded,

    /// <summary>Nodes hold the stock but the rule set excludes all of them.</summary>
    NoEligibleStock,

    /// <summary>Eligible nodes together hold fewer units than ordered.</summary>
    InsufficientStock,

    /// <summary>Eligible stock exists, but not within the split policy, shipment limit, capacity or carrier limits.</summary>
    SplitLimit,
}
