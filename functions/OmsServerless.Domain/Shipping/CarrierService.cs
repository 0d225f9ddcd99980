namespace OmsServerless.Domain.Shipping;

/// <summary>A carrier service level (ground, two-day, overnight) with its transit days and prices per zone.</summary>
/// <param name="TransitDaysByZone">Calendar days in transit, one entry per zone of the rate card.</param>
/// <param name="WeightTiers">Price tiers in ascending weight; a parcel heavier than the last tier cannot use this service.</param>
public sealed record CarrierService(
    string ServiceCode,
    IReadOnlyList<int> TransitDaysByZone,
    IReadOnlyList<WeightTier> WeightTiers);
