namespace OmsServerless.Domain.Shipping;

/// <summary>
/// One carrier's published prices. Zones are distance bands from origin to destination (the way carrier zone charts
/// approximate distance), and each service prices weight tiers per zone.
/// </summary>
/// <param name="Zones">Distance bands in ascending order; a destination beyond the last band cannot be served.</param>
public sealed record CarrierRateCard(
    string CarrierId,
    IReadOnlyList<ShippingZone> Zones,
    IReadOnlyList<CarrierService> Services);
