using OmsServerless.Domain.Availability;
using OmsServerless.Domain.Fulfillment;

namespace OmsServerless.Api.Inventory.Contracts;

/// <summary>Whether a cart can ship complete, per SKU and as a whole.</summary>
public sealed record CartAvailabilityResponse(
    bool CanShipComplete,
    SalesChannel Channel,
    LocationResponse? Destination,
    IReadOnlyList<CartLineResponse> Lines,
    IReadOnlyList<NodeOptionResponse> SingleNodeOptions)
{
    public static CartAvailabilityResponse From(CartAvailability cart, SalesChannel channel, LocationResponse? destination)
    {
        ArgumentNullException.ThrowIfNull(cart);
        return new(
            cart.CanShipComplete,
            channel,
            destination,
            cart.Lines.Select(l => new CartLineResponse(
                l.Sku, l.Requested, l.NetworkAtp, l.ShipAtp, l.Fillable, l.NodesThatCanFill.Select(NodeOptionResponse.From).ToList())).ToList(),
            cart.SingleNodeOptions.Select(NodeOptionResponse.From).ToList());
    }
}

/// <summary>One SKU of the cart: requested is the sum over cart lines of that SKU.</summary>
public sealed record CartLineResponse(
    string Sku, int Requested, int NetworkAtp, int ShipAtp, bool Fillable, IReadOnlyList<NodeOptionResponse> NodesThatCanFill);
