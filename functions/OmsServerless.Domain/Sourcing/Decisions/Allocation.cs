using OmsServerless.Domain.Fulfillment;

namespace OmsServerless.Domain.Sourcing.Decisions;

/// <summary>Units of one line taken from one node.</summary>
/// <param name="RequestedMethod">What the customer chose; differs from <see cref="Method"/> when a BOPIS line is shipped to the store instead.</param>
/// <param name="IsBackorder">Promised from inbound stock, not from stock on hand.</param>
public sealed record Allocation(
    string LineId,
    string Sku,
    string NodeId,
    int Quantity,
    DeliveryMethod RequestedMethod,
    FulfillmentMethod Method,
    string ShipmentId,
    bool IsBackorder);
