using OmsServerless.Domain.Addresses;
using OmsServerless.Domain.Fraud;
using OmsServerless.Domain.Tests.Addresses;

namespace OmsServerless.Domain.Tests.Fraud;

public sealed class AddressConsistencyRuleTests
{
    private static readonly PostalAddress BeverlyHills = new("9641 SUNSET BLVD", null, "BEVERLY HILLS", "CA", "90210", "US");
    private static readonly PostalAddress Boston = new("24 BEACON ST", null, "BOSTON", "MA", "02108", "US");
    private static readonly PostalAddress Toronto = new("290 BREMNER BLVD", null, "TORONTO", "ON", "M5V 2T6", "CA");

    private static readonly FraudRuleSet CountryMismatch = FraudRuleSets.With(
        """{ "id": "country-mismatch", "type": "billingShippingCountryMismatch", "score": 30 }""");

    private static readonly FraudRuleSet RegionMismatch = FraudRuleSets.With(
        """{ "id": "state-mismatch", "type": "billingShippingRegionMismatch", "score": 10 }""");

    private static readonly FraudRuleSet FarApart = FraudRuleSets.With(
        """{ "id": "far-apart", "type": "billingShippingDistance", "score": 15, "maxKm": 800 }""");

    [Fact]
    public void Country_mismatch_fires_when_billing_is_abroad()
    {
        FraudContext context = FraudContextBuilder.Ordinary().BilledTo(Toronto, RealPostalCodes.TorontoCnTower.Point).Build();

        Assert.Contains("CA", FraudRuleSets.Fired(CountryMismatch, context)?.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Country_mismatch_does_not_fire_for_the_same_country()
    {
        FraudContext context = FraudContextBuilder.Ordinary().BilledTo(BeverlyHills, RealPostalCodes.BeverlyHills.Point).Build();

        Assert.Null(FraudRuleSets.Fired(CountryMismatch, context));
    }

    [Fact]
    public void Region_mismatch_fires_for_another_state_of_the_same_country()
    {
        FraudContext context = FraudContextBuilder.Ordinary().BilledTo(BeverlyHills, RealPostalCodes.BeverlyHills.Point).Build();

        Assert.NotNull(FraudRuleSets.Fired(RegionMismatch, context));
    }

    [Fact]
    public void Region_mismatch_leaves_different_countries_to_the_country_rule()
    {
        FraudContext context = FraudContextBuilder.Ordinary().BilledTo(Toronto, RealPostalCodes.TorontoCnTower.Point).Build();

        Assert.Null(FraudRuleSets.Fired(RegionMismatch, context));
    }

    [Fact]
    public void Distance_rule_fires_when_billing_is_across_the_country()
    {
        FraudContext context = FraudContextBuilder.Ordinary().BilledTo(BeverlyHills, RealPostalCodes.BeverlyHills.Point).Build();

        FiredFraudRule? fired = FraudRuleSets.Fired(FarApart, context);

        Assert.NotNull(fired);
        Assert.Matches("39[0-9]{2} km apart", fired.Explanation);
    }

    [Fact]
    public void Distance_rule_does_not_fire_for_a_nearby_billing_address()
    {
        FraudContext context = FraudContextBuilder.Ordinary().BilledTo(Boston, RealPostalCodes.BostonBeaconHill.Point).Build();

        Assert.Null(FraudRuleSets.Fired(FarApart, context));
    }

    [Fact]
    public void Distance_rule_without_geocoded_points_is_reported_as_not_evaluated()
    {
        FraudContext context = FraudContextBuilder.Ordinary().BilledTo(Toronto, null).Build();

        FraudAssessment assessment = FarApart.Assess(context);

        Assert.Equal("far-apart", Assert.Single(assessment.UnevaluatedRules).RuleId);
    }

    [Fact]
    public void Address_rules_do_not_apply_to_orders_collected_in_store()
    {
        FraudContext context = FraudContextBuilder.Ordinary()
            .AsPickupPaidInStore()
            .BilledTo(Toronto, RealPostalCodes.TorontoCnTower.Point)
            .Build();

        Assert.Null(FraudRuleSets.Fired(CountryMismatch, context));
        Assert.Null(FraudRuleSets.Fired(FarApart, context));
    }
}
