namespace OmsServerless.Domain.Fulfillment;

/// <summary>
/// The work one node does for one shipment of an order: pick these units, then ship them to the customer, hold them
/// for pickup, or send them to the collection store.
/// </summary>
/// <param name="FulfillmentOrderId">"{orderId}:{shipmentId}": unique, and stable when a release is retried.</param>
/// <param name="PickupStoreId">Where the customer collects (BOPIS, ROPIS, ship-to-store); null when shipped to an address.</param>
public sealed record FulfillmentOrder(
    string FulfillmentOrderId,
    string OrderId,
    string NodeId,
    string ShipmentId,
    DeliveryMethod DeliveryMethod,
    string? PickupStoreId,
    FulfillmentOrderStatus Status,
    IReadOnlyList<FulfillmentOrderLine> Lines,
    DateTimeOffset ReleasedAt);
