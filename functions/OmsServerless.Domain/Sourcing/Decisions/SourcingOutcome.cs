namespace OmsServerless.Domain.Sourcing.Decisions;

public enum SourcingOutcome
{
    /// <summary>Every unit is allocated from available stock.</summary>
    Allocated,

    /// <summary>Some units are allocated; the rest are cancelled (partial-cancel fallback, or no inbound stock to backorder).</summary>
    PartiallyAllocated,

    /// <summary>Some units are promised from inbound stock; the rest (if any) are allocated or unfillable.</summary>
    Backordered,

    /// <summary>The order needs a person: allocations are a proposal and nothing should be reserved yet.</summary>
    ParkedForReview,

    /// <summary>Nothing could be allocated or backordered.</summary>
    Unfillable,
}
