using System.Text.Json.Serialization;

namespace OmsServerless.Domain.Fulfillment;

/// <summary>Where a customer buys.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SalesChannel>))]
public enum SalesChannel
{
    Web,
    App,
    CallCenter,
    Marketplace,

    /// <summary>A store till, selling for delivery or collection elsewhere too (endless aisle).</summary>
    Pos,
}
