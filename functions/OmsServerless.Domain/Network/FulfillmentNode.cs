using OmsServerless.Domain.Geography;

namespace OmsServerless.Domain.Network;

/// <summary>
/// A place that holds stock and can fulfil orders: a store, a distribution center, a 3PL or a drop-shipper.
/// </summary>
/// <param name="NodeId">Stable identifier, used in inventory keys and routing decisions.</param>
/// <param name="Region">The retailer's operating region (for example "Northeast"), used by routing rules.</param>
/// <param name="DailyCapacity">Units the node can pick and pack per day.</param>
/// <param name="ShippingCutoff">Local time after which orders ship the next day.</param>
/// <param name="TimeZoneId">IANA time zone of the node, for cut-off and pickup hours.</param>
/// <param name="LaborCostPerUnit">Pick-and-pack labour cost per unit, in the retailer's currency.</param>
/// <param name="Priority">Routing preference; 1 is the most preferred.</param>
public sealed record FulfillmentNode(
    string NodeId,
    string Name,
    NodeType Type,
    NodeAddress Address,
    GeoPoint Location,
    string Region,
    NodeCapabilities Capabilities,
    int DailyCapacity,
    TimeOnly ShippingCutoff,
    string TimeZoneId,
    decimal LaborCostPerUnit,
    int Priority)
{
    public bool Can(NodeCapabilities capability) => (Capabilities & capability) == capability;
}
