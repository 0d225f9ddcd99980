using OmsServerless.Domain.Availability;
using OmsServerless.Domain.Fulfillment;

namespace OmsServerless.Api.Inventory.Contracts;

/// <summary>Network availability of a SKU with its per-node breakdown.</summary>
public sealed record SkuAvailabilityResponse(
    string Sku,
    string? Name,
    SalesChannel Channel,
    int NetworkAtp,
    int ShipAtp,
    int PickupAtp,
    IReadOnlyList<NodeStockResponse> Nodes)
{
    public static SkuAvailabilityResponse From(SkuAvailability availability, string? name, SalesChannel channel)
    {
        ArgumentNullException.ThrowIfNull(availability);
        return new(
            availability.Sku,
            name,
            channel,
            availability.NetworkAtp,
            availability.ShipAtp,
            availability.PickupAtp,
            availability.Nodes.Select(NodeStockResponse.From).ToList());
    }
}
