using System.Globalization;

namespace OmsServerless.Domain.Shipping;

/// <summary>Checks a rate card for the mistakes that would make rate shopping silently wrong.</summary>
public static class RateCardValidator
{
    /// <summary>Every fault as "path: reason", where path starts at <paramref name="path"/> (for example "$.rateCards[0]").</summary>
    public static IReadOnlyList<string> Validate(CarrierRateCard card, string path)
    {
        ArgumentNullException.ThrowIfNull(card);
        var faults = new List<string>();
        if (string.IsNullOrWhiteSpace(card.CarrierId))
        {
            faults.Add($"{path}.carrierId: is required");
        }

        int zoneCount = card.Zones?.Count ?? 0;
        if (zoneCount == 0)
        {
            faults.Add($"{path}.zones: must list at least one zone");
        }

        for (int z = 0; z < zoneCount; z++)
        {
            ShippingZone zone = card.Zones![z];
            string zonePath = $"{path}.zones[{z}]";
            if (string.IsNullOrWhiteSpace(zone.Name))
            {
                faults.Add($"{zonePath}.name: is required");
            }

            if (!double.IsFinite(zone.MaxDistanceKm) || zone.MaxDistanceKm <= 0)
            {
                faults.Add($"{zonePath}.maxDistanceKm: must be a finite number > 0");
            }
            else if (z > 0 && zone.MaxDistanceKm <= card.Zones[z - 1].MaxDistanceKm)
            {
                faults.Add($"{zonePath}.maxDistanceKm: must be greater than the previous zone's");
            }
        }

        if (card.Services is null || card.Services.Count == 0)
        {
            faults.Add($"{path}.services: must list at least one service");
            return faults;
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        for (int s = 0; s < card.Services.Count; s++)
        {
            ValidateService(card.Services[s], $"{path}.services[{s}]", zoneCount, codes, faults);
        }

        return faults;
    }

    private static void ValidateService(CarrierService service, string path, int zoneCount, HashSet<string> codes, List<string> faults)
    {
        if (string.IsNullOrWhiteSpace(service.ServiceCode))
        {
            faults.Add($"{path}.serviceCode: is required");
        }
        else if (!codes.Add(service.ServiceCode))
        {
            faults.Add($"{path}.serviceCode: duplicates service '{service.ServiceCode}'");
        }

        if (service.TransitDaysByZone is null || service.TransitDaysByZone.Count != zoneCount)
        {
            faults.Add($"{path}.transitDaysByZone: must have one entry per zone ({zoneCount.ToString(CultureInfo.InvariantCulture)})");
        }
        else
        {
            for (int z = 0; z < zoneCount; z++)
            {
                if (service.TransitDaysByZone[z] < 0)
                {
                    faults.Add($"{path}.transitDaysByZone[{z}]: must be >= 0");
                }
            }
        }

        if (service.WeightTiers is null || service.WeightTiers.Count == 0)
        {
            faults.Add($"{path}.weightTiers: must list at least one tier");
            return;
        }

        for (int t = 0; t < service.WeightTiers.Count; t++)
        {
            WeightTier tier = service.WeightTiers[t];
            string tierPath = $"{path}.weightTiers[{t}]";
            if (!double.IsFinite(tier.MaxWeightKg) || tier.MaxWeightKg <= 0)
            {
                faults.Add($"{tierPath}.maxWeightKg: must be a finite number > 0");
            }
            else if (t > 0 && tier.MaxWeightKg <= service.WeightTiers[t - 1].MaxWeightKg)
            {
                faults.Add($"{tierPath}.maxWeightKg: must be greater than the previous tier's");
            }

            if (tier.PriceByZone is null || tier.PriceByZone.Count != zoneCount)
            {
                faults.Add($"{tierPath}.priceByZone: must have one price per zone ({zoneCount.ToString(CultureInfo.InvariantCulture)})");
                continue;
            }

            for (int z = 0; z < zoneCount; z++)
            {
                if (tier.PriceByZone[z] < 0)
                {
                    faults.Add($"{tierPath}.priceByZone[{z}]: must be >= 0");
                }
            }
        }
    }
}
