namespace OmsServerless.Domain.Sourcing.Rules;

/// <summary>
/// What a plan is ranked on. Every criterion is a sum over the plan, lower is better, so any mix of nodes can be
/// bounded from below while searching.
/// </summary>
public enum RankingCriterion
{
    /// <summary>Carrier price plus handling, summed over shipments (currency). Compared to the cent in tie-breaker mode.</summary>
    ShippingCost,

    /// <summary>Pick-and-pack labour, units times the node's cost per unit (currency). Compared to the cent.</summary>
    LaborCost,

    /// <summary>Origin-to-destination kilometres, summed over shipments. Compared to 0.1 km.</summary>
    Distance,

    /// <summary>Per unit, the share of the node's daily capacity already used today (0 to 1). Prefers idle nodes.</summary>
    CapacityUtilization,

    /// <summary>Per unit, one over the node's sellable stock of that SKU: the share of its stock the plan takes. Prefers deep stock.</summary>
    StockDepth,

    /// <summary>Per unit, the node's priority number (1 is the most preferred).</summary>
    Priority,
}
