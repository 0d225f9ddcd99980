using OmsServerless.Domain.RuleSets;

namespace OmsServerless.Domain.Sourcing.WhatIf;

/// <summary>What sourcing a set of orders under one rule set added up to.</summary>
/// <param name="TotalCost">Estimated shipping, handling and labour of every shipment, backorders included.</param>
/// <param name="AverageDistanceKm">Per parcel shipped from stock (pickups excluded).</param>
/// <param name="SplitRate">Share of orders where some destination gets more than one parcel from stock.</param>
/// <param name="AverageDeliveryDays">Per shipment from stock: estimated delivery (or pickup) date minus the order date.</param>
/// <param name="TopNodes">The busiest nodes by units, most first.</param>
public sealed record WhatIfSummary(
    RuleSetReference RuleSet,
    int Orders,
    int UnitsRequested,
    int UnitsAllocated,
    int UnitsBackordered,
    int UnitsUnfillable,
    decimal TotalCost,
    decimal AverageCostPerOrder,
    double AverageDistanceKm,
    double SplitRate,
    double AverageDeliveryDays,
    IReadOnlyList<OutcomeCount> Outcomes,
    int NodesUsed,
    IReadOnlyList<NodeLoad> TopNodes);
