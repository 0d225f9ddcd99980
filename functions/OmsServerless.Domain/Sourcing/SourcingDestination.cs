using OmsServerless.Domain.Geography;

namespace OmsServerless.Domain.Sourcing;

/// <summary>Where ship-to-address lines go.</summary>
/// <param name="Region">Region or state of the address when known, matched against excluded destination regions.</param>
public sealed record SourcingDestination(GeoPoint Location, string? Region = null);
