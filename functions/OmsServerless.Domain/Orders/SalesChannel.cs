using System.Text.Json.Serialization;

namespace OmsServerless.Domain.Orders;

/// <summary>Where the order was placed.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SalesChannel>))]
public enum SalesChannel
{
    Web,
    App,
    CallCenter,
    Marketplace,

    /// <summary>Placed at a store till for delivery or collection elsewhere (endless aisle).</summary>
    Pos,
}
