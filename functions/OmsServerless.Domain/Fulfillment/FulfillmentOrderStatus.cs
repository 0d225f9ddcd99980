using System.Text.Json.Serialization;

namespace OmsServerless.Domain.Fulfillment;

/// <summary>Where a fulfillment order is at its node.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FulfillmentOrderStatus>))]
public enum FulfillmentOrderStatus
{
    /// <summary>Sent to the node's work queue; the node has not acted on it yet.</summary>
    Released,

    /// <summary>Withdrawn before the node handed anything over (the order line was cancelled).</summary>
    Cancelled,
}
