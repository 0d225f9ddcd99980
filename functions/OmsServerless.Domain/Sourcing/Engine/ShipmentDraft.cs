using OmsServerless.Domain.Shipping;
using OmsServerless.Domain.Sourcing.Decisions;

namespace OmsServerless.Domain.Sourcing.Engine;

/// <summary>A shipment while the decision is being assembled.</summary>
internal sealed class ShipmentDraft
{
    public required string Id { get; init; }

    public required int Node { get; init; }

    public required FulfillmentMethod Method { get; init; }

    public required DestinationKind Destination { get; init; }

    public string? DestinationStoreId { get; init; }

    public RateQuote? Quote { get; init; }

    public double DistanceKm { get; init; }

    public int? ShipDay { get; init; }

    public int? DeliveryDay { get; init; }

    public bool IsBackorder { get; init; }

    public int Units { get; set; }

    public long Grams { get; set; }

    public decimal Value { get; set; }
}
