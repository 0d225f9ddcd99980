namespace OmsServerless.Domain.Sourcing.Decisions;

/// <summary>Sums over the decision. Costs add up the shipments' rounded amounts exactly.</summary>
/// <param name="Shipments">Parcels and pickups from stock on hand; backorders are not counted.</param>
/// <param name="LatestDelivery">The last estimated delivery or pickup date among shipments from stock.</param>
public sealed record DecisionTotals(
    int UnitsRequested,
    int UnitsAllocated,
    int UnitsBackordered,
    int UnitsUnfillable,
    int Shipments,
    decimal ShippingCost,
    decimal HandlingCost,
    decimal LaborCost,
    decimal TotalCost,
    double DistanceKm,
    DateOnly? LatestDelivery);
