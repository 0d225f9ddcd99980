using OmsServerless.Domain.Shipping;
using OmsServerless.Domain.Tests.Sourcing;

namespace OmsServerless.Domain.Tests.Shipping;

public sealed class RateShopperTests
{
    private readonly RateShopper _shopper = new([TestRates.Parcel()]);

    [Fact]
    public void Cheapest_picks_the_lowest_price_for_the_zone_and_weight_tier()
    {
        RateQuote? quote = _shopper.Quote(distanceKm: 500, weightKg: 4.2, ServiceLevel.Cheapest);

        Assert.Equal(new RateQuote("PARCEL", "GROUND", "3", 10.30m, 3), quote);
    }

    [Fact]
    public void Fastest_picks_the_fewest_transit_days()
    {
        RateQuote? quote = _shopper.Quote(distanceKm: 500, weightKg: 4.2, ServiceLevel.Fastest);

        Assert.Equal(new RateQuote("PARCEL", "EXPRESS", "3", 25.00m, 1), quote);
    }

    [Fact]
    public void A_tier_limit_is_inclusive()
    {
        Assert.Equal(6.00m, _shopper.Quote(100, 1.0, ServiceLevel.Cheapest)!.Price);
        Assert.Equal(8.00m, _shopper.Quote(100, 1.001, ServiceLevel.Cheapest)!.Price);
    }

    [Fact]
    public void No_service_reaches_beyond_the_last_zone_or_carries_beyond_the_last_tier()
    {
        Assert.Null(_shopper.Quote(distanceKm: 6000, weightKg: 1, ServiceLevel.Cheapest));
        Assert.Null(_shopper.Quote(distanceKm: 100, weightKg: 31, ServiceLevel.Cheapest));
    }

    [Fact]
    public void Weight_breakpoints_are_the_union_of_tier_limits()
    {
        Assert.Equal([1.0, 5.0, 10.0, 30.0], _shopper.WeightBreakpointsKg);
    }

    [Fact]
    public void An_invalid_rate_card_is_refused_with_every_fault_and_its_path()
    {
        var card = new CarrierRateCard(
            "BAD",
            [new ShippingZone("1", 300), new ShippingZone("2", 200)],
            [new CarrierService("GROUND", [1], [new WeightTier(5, [1m, -2m]), new WeightTier(4, [1m, 2m])])]);

        IReadOnlyList<string> faults = RateCardValidator.Validate(card, "$.rateCards[0]");

        Assert.Equal(
            [
                "$.rateCards[0].zones[1].maxDistanceKm: must be greater than the previous zone's",
                "$.rateCards[0].services[0].transitDaysByZone: must have one entry per zone (2)",
                "$.rateCards[0].services[0].weightTiers[0].priceByZone[1]: must be >= 0",
                "$.rateCards[0].services[0].weightTiers[1].maxWeightKg: must be greater than the previous tier's",
            ],
            faults);
    }
}
