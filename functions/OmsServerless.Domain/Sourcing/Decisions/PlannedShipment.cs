using OmsServerless.Domain.Network;

namespace OmsServerless.Domain.Sourcing.Decisions;

/// <summary>
/// One parcel (or one in-store pickup) with its estimated cost and dates. Cost model: carrier price from the rate card
/// for the parcel's total weight and zone, plus the rule set's handling cost per parcel, plus the node's labour per
/// unit. Pickups cost labour only.
/// </summary>
/// <param name="ShipDate">Today at the node if the decision falls before its local cut-off, else the next day; null for backorders.</param>
/// <param name="EstimatedDelivery">Ship date plus the service's transit days (calendar days), or the ready-for-pickup date; null for backorders, whose stock has not arrived.</param>
public sealed record PlannedShipment(
    string ShipmentId,
    string NodeId,
    NodeType NodeType,
    FulfillmentMethod Method,
    DestinationKind Destination,
    string? DestinationStoreId,
    string? CarrierId,
    string? ServiceCode,
    string? Zone,
    int? TransitDays,
    int Units,
    double WeightKg,
    double DistanceKm,
    decimal MerchandiseValue,
    decimal ShippingCost,
    decimal HandlingCost,
    decimal LaborCost,
    decimal TotalCost,
    DateOnly? ShipDate,
    DateOnly? EstimatedDelivery,
    bool IsBackorder);
