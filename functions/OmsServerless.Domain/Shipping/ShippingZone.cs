namespace OmsServerless.Domain.Shipping;

/// <summary>A distance band: origins up to <see cref="MaxDistanceKm"/> from the destination fall in this zone.</summary>
public sealed record ShippingZone(string Name, double MaxDistanceKm);
