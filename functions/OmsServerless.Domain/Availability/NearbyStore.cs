using OmsServerless.Domain.Network;

namespace OmsServerless.Domain.Availability;

/// <summary>A pickup store near the shopper.</summary>
/// <param name="AvailableToPromise">ATP of the requested SKU at the store, or null when no SKU was asked for.</param>
/// <param name="CanFulfil">The store holds the requested quantity for pickup today; null when no SKU was asked for.</param>
public sealed record NearbyStore(FulfillmentNode Store, double DistanceKm, int? AvailableToPromise, bool? CanFulfil);
