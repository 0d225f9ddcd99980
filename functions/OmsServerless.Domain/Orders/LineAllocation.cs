using System.Text.Json.Serialization;
using OmsServerless.Domain.Fulfillment;

namespace OmsServerless.Domain.Orders;

/// <summary>
/// Part (or all) of an order line sourced from one node: the orchestrator maps the sourcing engine's decision onto
/// these, so the order never depends on the engine's types. A line split across nodes has several.
/// </summary>
/// <param name="ShipmentId">Groups allocations that leave the node together in one fulfilment order.</param>
/// <param name="DeliveryMethod">Must equal the line's: sourcing chooses where from, never how the customer receives it.</param>
public sealed record LineAllocation(
    string LineId,
    string NodeId,
    int Quantity,
    string ShipmentId,
    [property: JsonConverter(typeof(JsonStringEnumConverter<DeliveryMethod>))] DeliveryMethod DeliveryMethod);
