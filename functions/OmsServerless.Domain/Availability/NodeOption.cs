using OmsServerless.Domain.Network;

namespace OmsServerless.Domain.Availability;

/// <summary>A node that could fill a demand on its own, with its distance to the destination when one is known.</summary>
public sealed record NodeOption(FulfillmentNode Node, int AvailableToPromise, double? DistanceKm);
