namespace OmsServerless.Domain.Shipping;

/// <summary>
/// Rate cards shaped like US parcel carriers' published rates: a national carrier (ground, two-day, overnight over
/// seven distance zones, weight tiers to 70 kg) and a cheaper regional carrier for short hauls up to 20 kg. The
/// defaults until a retailer loads its own negotiated cards.
/// </summary>
public static class StandardUsRateCards
{
    public static IReadOnlyList<CarrierRateCard> All { get; } = Build();

    private static CarrierRateCard[] Build()
    {
        double[] tiers = [0.5, 1, 2, 3, 5, 7, 10, 15, 20, 30, 50, 70];
        double[] nationalBase = [7.20, 7.60, 8.10, 8.70, 9.30, 9.90, 10.60];
        double[] nationalPerKg = [0.55, 0.65, 0.80, 0.95, 1.10, 1.25, 1.40];
        ShippingZone[] nationalZones = [new("2", 240), new("3", 480), new("4", 970), new("5", 1450), new("6", 2250), new("7", 2900), new("8", 5000)];
        var national = new CarrierRateCard(
            "NATIONAL",
            nationalZones,
            [
                new CarrierService("GROUND", [1, 2, 3, 3, 4, 5, 5], Tiers(tiers, nationalBase, nationalPerKg, factor: 1.0, extra: 0)),
                new CarrierService("TWO-DAY", [1, 2, 2, 2, 2, 2, 2], Tiers(tiers, nationalBase, nationalPerKg, factor: 2.2, extra: 3)),
                new CarrierService("OVERNIGHT", [1, 1, 1, 1, 1, 1, 1], Tiers(tiers, nationalBase, nationalPerKg, factor: 3.6, extra: 6)),
            ]);
        double[] regionalTiers = [.. tiers.Where(t => t <= 20)];
        var regional = new CarrierRateCard(
            "REGIONAL",
            [new("1", 160), new("2", 400)],
            [new CarrierService("REG-GROUND", [1, 2], Tiers(regionalTiers, [6.40, 7.10], [0.50, 0.62], factor: 1.0, extra: 0))]);
        return [national, regional];
    }

    /// <summary>Prices grow slightly less than linearly with weight, as carriers' tables do.</summary>
    private static WeightTier[] Tiers(double[] limits, double[] baseByZone, double[] perKgByZone, double factor, double extra) =>
        [.. limits.Select(kg => new WeightTier(
            kg,
            [.. baseByZone.Select((b, z) => Math.Round((decimal)(((b + (perKgByZone[z] * Math.Pow(kg, 0.9))) * factor) + extra), 2))]))];
}
