using System.Text.Json.Serialization;
using OmsServerless.Domain.Fulfillment;

namespace OmsServerless.Domain.Orders;

/// <summary>One SKU, quantity and delivery method of an order, and where it is in fulfilment. Changed only by <see cref="Order"/>.</summary>
public sealed record OrderLine
{
    public required string LineId { get; init; }

    public required string Sku { get; init; }

    public required int Quantity { get; init; }

    public required decimal UnitPrice { get; init; }

    [JsonConverter(typeof(JsonStringEnumConverter<DeliveryMethod>))]
    public required DeliveryMethod DeliveryMethod { get; init; }

    /// <summary>The store the customer collects from (BOPIS, ROPIS, ship-to-store); null for ship-to-address.</summary>
    public string? StoreId { get; init; }

    public required OrderLineStatus Status { get; init; }

    /// <summary>Where the line is sourced from; empty until allocated and again after deallocation.</summary>
    public IReadOnlyList<LineAllocation> Allocations { get; init; } = [];

    public Cancellation? Cancellation { get; init; }

    public decimal LineTotal => Quantity * UnitPrice;

    /// <summary>Still to be fulfilled or fulfilled: not cancelled and not unfillable.</summary>
    [JsonIgnore]
    public bool IsActive => Status is not (OrderLineStatus.Cancelled or OrderLineStatus.Unfillable);

    /// <summary>Handed over to a carrier or the customer: too late to cancel.</summary>
    [JsonIgnore]
    public bool HasLeftTheBuilding => Status is OrderLineStatus.Shipped or OrderLineStatus.PickedUp;
}
