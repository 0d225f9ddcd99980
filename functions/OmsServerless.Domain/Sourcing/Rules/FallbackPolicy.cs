namespace OmsServerless.Domain.Sourcing.Rules;

public enum FallbackPolicy
{
    /// <summary>Promise inbound stock at an eligible node; units without inbound stock stay unfillable.</summary>
    Backorder,

    /// <summary>Propose what can be allocated but hold the whole order for a person to review; reserve nothing yet.</summary>
    ParkForReview,

    /// <summary>Allocate what can be allocated and cancel the rest.</summary>
    PartialCancel,
}
