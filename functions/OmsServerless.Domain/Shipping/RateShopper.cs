namespace OmsServerless.Domain.Shipping;

/// <summary>
/// Picks the carrier service for a parcel from a set of rate cards. The cards are flattened into arrays once, so a
/// quote costs a short scan over services and tiers with no allocation.
/// </summary>
public sealed class RateShopper
{
    private readonly CarrierRateCard[] _cards;
    private readonly double[][] _zoneLimitKm;
    private readonly double[][] _zoneLimitChordSquared;
    private readonly int[] _carrierOfService;
    private readonly long[][] _tierLimitGrams;
    private readonly double[][] _priceByTierAndZone;
    private readonly int[][] _transitByZone;
    private readonly double[][] _floorByTierAndZone;
    private readonly double[][] _floorByTier;

    /// <exception cref="ArgumentException">A rate card is invalid; the message lists every fault.</exception>
    public RateShopper(IEnumerable<CarrierRateCard> rateCards)
    {
        ArgumentNullException.ThrowIfNull(rateCards);
        _cards = [.. rateCards];
        var faults = new List<string>();
        var carrierIds = new HashSet<string>(StringComparer.Ordinal);
        for (int c = 0; c < _cards.Length; c++)
        {
            faults.AddRange(RateCardValidator.Validate(_cards[c], $"$.rateCards[{c}]"));
            if (!string.IsNullOrWhiteSpace(_cards[c].CarrierId) && !carrierIds.Add(_cards[c].CarrierId))
            {
                faults.Add($"$.rateCards[{c}].carrierId: duplicates carrier '{_cards[c].CarrierId}'");
            }
        }

        if (faults.Count > 0)
        {
            throw new ArgumentException("Invalid rate cards:" + Environment.NewLine + string.Join(Environment.NewLine, faults), nameof(rateCards));
        }

        _zoneLimitKm = new double[_cards.Length][];
        _zoneLimitChordSquared = new double[_cards.Length][];
        var carrierOfService = new List<int>();
        var services = new List<CarrierService>();
        for (int c = 0; c < _cards.Length; c++)
        {
            _zoneLimitKm[c] = [.. _cards[c].Zones.Select(z => z.MaxDistanceKm)];
            _zoneLimitChordSquared[c] = [.. _zoneLimitKm[c].Select(ChordDistance.ChordSquaredForKm)];
            foreach (CarrierService service in _cards[c].Services)
            {
                carrierOfService.Add(c);
                services.Add(service);
            }
        }

        _carrierOfService = [.. carrierOfService];
        _tierLimitGrams = new long[services.Count][];
        _priceByTierAndZone = new double[services.Count][];
        _transitByZone = new int[services.Count][];
        _floorByTierAndZone = new double[services.Count][];
        _floorByTier = new double[services.Count][];
        for (int s = 0; s < services.Count; s++)
        {
            int zones = _zoneLimitKm[_carrierOfService[s]].Length;
            IReadOnlyList<WeightTier> tiers = services[s].WeightTiers;
            _tierLimitGrams[s] = [.. tiers.Select(t => ToGrams(t.MaxWeightKg))];
            _transitByZone[s] = [.. services[s].TransitDaysByZone];
            _priceByTierAndZone[s] = new double[tiers.Count * zones];
            for (int t = 0; t < tiers.Count; t++)
            {
                for (int z = 0; z < zones; z++)
                {
                    _priceByTierAndZone[s][(t * zones) + z] = (double)tiers[t].PriceByZone[z];
                }
            }

            (_floorByTierAndZone[s], _floorByTier[s]) = Floors(_priceByTierAndZone[s], tiers.Count, zones);
        }

        WeightBreakpointsKg = [.. services.SelectMany(s => s.WeightTiers).Select(t => t.MaxWeightKg).Distinct().Order()];
        FarthestChordSquared = _zoneLimitChordSquared.Max(limits => limits[^1]);
    }

    public IReadOnlyList<CarrierRateCard> RateCards => _cards;

    /// <summary>
    /// Every tier limit of every service, ascending. Between two consecutive breakpoints no service changes price, so
    /// the cheapest price for a parcel is a step function of its weight with steps exactly here.
    /// </summary>
    public IReadOnlyList<double> WeightBreakpointsKg { get; }

    internal int CarrierCount => _cards.Length;

    /// <summary>Origins farther than this (as a squared chord) are beyond every carrier's last zone.</summary>
    internal double FarthestChordSquared { get; }


    /// <summary>Quotes a parcel, or null when no service reaches that far or carries that weight.</summary>
    public RateQuote? Quote(double distanceKm, double weightKg, ServiceLevel level)
    {
        if (!double.IsFinite(distanceKm) || distanceKm < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(distanceKm), distanceKm, "Distance must be a finite number >= 0.");
        }

        if (!double.IsFinite(weightKg) || weightKg < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(weightKg), weightKg, "Weight must be a finite number >= 0.");
        }

        Span<int> zones = _cards.Length <= 16 ? stackalloc int[_cards.Length] : new int[_cards.Length];
        for (int c = 0; c < _cards.Length; c++)
        {
            zones[c] = FindZone(_zoneLimitKm[c], distanceKm);
        }

        long grams = ToGrams(weightKg);
        return TryQuote(zones, grams, level, out int service, out _, out _) ? Describe(service, zones, grams) : null;
    }

    internal static long ToGrams(double kilograms) => (long)Math.Round(kilograms * 1000, MidpointRounding.AwayFromZero);

    internal int ZoneForChordSquared(int carrier, double chordSquared) => FindZone(_zoneLimitChordSquared[carrier], chordSquared);

    internal bool TryQuote(ReadOnlySpan<int> zoneByCarrier, long weightGrams, ServiceLevel level, out int bestService, out double bestPrice, out int bestTransit)
    {
        bestService = -1;
        bestPrice = double.MaxValue;
        bestTransit = int.MaxValue;
        for (int s = 0; s < _carrierOfService.Length; s++)
        {
            int zone = zoneByCarrier[_carrierOfService[s]];
            if (zone < 0)
            {
                continue;
            }

            long[] limits = _tierLimitGrams[s];
            int tier = 0;
            while (tier < limits.Length && weightGrams > limits[tier])
            {
                tier++;
            }

            if (tier == limits.Length)
            {
                continue;
            }

            double price = _priceByTierAndZone[s][(tier * _zoneLimitKm[_carrierOfService[s]].Length) + zone];
            int transit = _transitByZone[s][zone];
            bool better = level == ServiceLevel.Fastest
                ? transit < bestTransit || (transit == bestTransit && price < bestPrice)
                : price < bestPrice || (price == bestPrice && transit < bestTransit);
            if (better)
            {
                bestService = s;
                bestPrice = price;
                bestTransit = transit;
            }
        }

        return bestService >= 0;
    }

    /// <summary>
    /// A price no parcel of at least <paramref name="grams"/> from this origin can undercut: over services that
    /// reach it, the cheapest tier that can carry that weight or more (so it holds even where a heavier tier is cheaper).
    /// </summary>
    internal double FloorPrice(ReadOnlySpan<int> zoneByCarrier, long grams)
    {
        double floor = double.MaxValue;
        for (int s = 0; s < _carrierOfService.Length; s++)
        {
            int zone = zoneByCarrier[_carrierOfService[s]];
            int tier = TierFor(s, grams);
            if (zone >= 0 && tier >= 0)
            {
                floor = Math.Min(floor, _floorByTierAndZone[s][(tier * _zoneLimitKm[_carrierOfService[s]].Length) + zone]);
            }
        }

        return floor;
    }

    /// <summary>The same floor from any origin at any distance.</summary>
    internal double FloorPriceAnywhere(long grams)
    {
        double floor = double.MaxValue;
        for (int s = 0; s < _carrierOfService.Length; s++)
        {
            int tier = TierFor(s, grams);
            if (tier >= 0)
            {
                floor = Math.Min(floor, _floorByTier[s][tier]);
            }
        }

        return floor;
    }

    internal int FewestPossibleTransitDays(ReadOnlySpan<int> zoneByCarrier)
    {
        int fewest = int.MaxValue;
        for (int s = 0; s < _carrierOfService.Length; s++)
        {
            int zone = zoneByCarrier[_carrierOfService[s]];
            if (zone >= 0)
            {
                fewest = Math.Min(fewest, _transitByZone[s][zone]);
            }
        }

        return fewest;
    }

    /// <summary>The quote for a service <see cref="TryQuote"/> picked, with the card's exact decimal price.</summary>
    internal RateQuote Describe(int service, ReadOnlySpan<int> zoneByCarrier, long weightGrams)
    {
        int carrier = _carrierOfService[service];
        int zone = zoneByCarrier[carrier];
        long[] limits = _tierLimitGrams[service];
        int tier = 0;
        while (weightGrams > limits[tier])
        {
            tier++;
        }

        CarrierRateCard card = _cards[carrier];
        CarrierService carrierService = card.Services[service - Array.IndexOf(_carrierOfService, carrier)];
        return new RateQuote(
            card.CarrierId,
            carrierService.ServiceCode,
            card.Zones[zone].Name,
            carrierService.WeightTiers[tier].PriceByZone[zone],
            _transitByZone[service][zone]);
    }

    private int TierFor(int service, long grams)
    {
        long[] limits = _tierLimitGrams[service];
        for (int t = 0; t < limits.Length; t++)
        {
            if (grams <= limits[t])
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>Suffix minima over tiers (per zone, and over all zones): the least price of this tier or any heavier one.</summary>
    private static (double[] ByTierAndZone, double[] ByTier) Floors(double[] prices, int tiers, int zones)
    {
        double[] byTierAndZone = new double[prices.Length];
        double[] byTier = new double[tiers];
        for (int t = tiers - 1; t >= 0; t--)
        {
            byTier[t] = t == tiers - 1 ? double.MaxValue : byTier[t + 1];
            for (int z = 0; z < zones; z++)
            {
                double price = prices[(t * zones) + z];
                byTierAndZone[(t * zones) + z] = t == tiers - 1 ? price : Math.Min(price, byTierAndZone[((t + 1) * zones) + z]);
                byTier[t] = Math.Min(byTier[t], byTierAndZone[(t * zones) + z]);
            }
        }

        return (byTierAndZone, byTier);
    }

    private static int FindZone(double[] limits, double value)
    {
        for (int z = 0; z < limits.Length; z++)
        {
            if (value <= limits[z])
            {
                return z;
            }
        }

        return -1;
    }
}
