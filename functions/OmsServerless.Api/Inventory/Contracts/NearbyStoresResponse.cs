using OmsServerless.Domain.Availability;
using OmsServerless.Domain.Network;

namespace OmsServerless.Api.Inventory.Contracts;

/// <summary>Pickup stores around a postal code, nearest first.</summary>
public sealed record NearbyStoresResponse(
    LocationResponse Origin, double RadiusKm, string? Sku, int Quantity, IReadOnlyList<NearbyStoreResponse> Stores);

public sealed record NearbyStoreResponse(
    string NodeId, string Name, NodeAddress Address, double DistanceKm, int? Atp, bool? CanFulfil)
{
    public static NearbyStoreResponse From(NearbyStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return new(store.Store.NodeId, store.Store.Name, store.Store.Address, store.DistanceKm, store.AvailableToPromise, store.CanFulfil);
    }
}
