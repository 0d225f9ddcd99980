using System.Text.Json.Serialization;
using OmsServerless.Domain.Fulfillment;

namespace OmsServerless.Domain.Orders;

/// <summary>One line of a <see cref="NewOrderRequest"/>.</summary>
public sealed record NewOrderLine
{
    /// <summary>Optional client line id (letters, digits, '-', '_'); numbered "1", "2"... when absent.</summary>
    public string? LineId { get; init; }

    public string? Sku { get; init; }

    public int? Quantity { get; init; }

    /// <summary>Price per unit in the order currency, as the customer was shown it.</summary>
    public decimal? UnitPrice { get; init; }

    [JsonConverter(typeof(JsonStringEnumConverter<DeliveryMethod>))]
    public DeliveryMethod? DeliveryMethod { get; init; }

    /// <summary>Required for BOPIS, ROPIS and ship-to-store; must be absent for ship-to-address.</summary>
    public string? StoreId { get; init; }
}
