using OmsServerless.Domain.Addresses;
using OmsServerless.Domain.Fraud;
using OmsServerless.Domain.Tests.Addresses;

namespace OmsServerless.Domain.Tests.Fraud;

public sealed class ListRuleTests
{
    private static readonly PostalAddress MiamiReshipper = new("8400 NW 25TH ST", null, "MIAMI", "FL", "33166-1234", "US");

    [Fact]
    public void Risky_postal_code_fires_for_a_listed_zip_even_with_its_plus_four()
    {
        FraudRuleSet ruleSet = FraudRuleSets.With(
            """{ "id": "reshippers", "type": "riskyPostalCode", "score": 35, "country": "US", "postalCodes": ["33166"] }""");
        FraudContext context = FraudContextBuilder.Ordinary().ShippingTo(MiamiReshipper, RealPostalCodes.MiamiDoral.Point).Build();

        Assert.NotNull(FraudRuleSets.Fired(ruleSet, context));
    }

    [Fact]
    public void Risky_postal_code_does_not_fire_for_an_unlisted_zip()
    {
        FraudRuleSet ruleSet = FraudRuleSets.With(
            """{ "id": "reshippers", "type": "riskyPostalCode", "score": 35, "postalCodes": ["33166"] }""");

        Assert.Null(FraudRuleSets.Fired(ruleSet, FraudContextBuilder.Ordinary().Build()));
    }

    [Fact]
    public void Risky_postal_code_limited_to_a_country_ignores_the_same_code_elsewhere()
    {
        FraudRuleSet ruleSet = FraudRuleSets.With(
            """{ "id": "canadian-prefix", "type": "riskyPostalCode", "score": 35, "country": "CA", "postalCodes": ["100"] }""");

        Assert.Null(FraudRuleSets.Fired(ruleSet, FraudContextBuilder.Ordinary().Build()));
    }

    [Theory]
    [InlineData("someone@mailinator.com", true)]
    [InlineData("someone@EU.Mailinator.com", true)]
    [InlineData("someone@notmailinator.com", false)]
    [InlineData("someone@example.com", false)]
    public void Email_domain_fires_for_listed_domains_and_their_subdomains_only(string email, bool fires)
    {
        FraudRuleSet ruleSet = FraudRuleSets.With(
            """{ "id": "disposable", "type": "emailDomain", "score": 25, "domains": ["mailinator.com"] }""");

        FiredFraudRule? fired = FraudRuleSets.Fired(ruleSet, FraudContextBuilder.Ordinary().WithEmail(email).Build());

        Assert.Equal(fires, fired is not null);
    }

    [Fact]
    public void Sku_quantity_adds_up_lines_of_the_same_sku()
    {
        FraudRuleSet ruleSet = FraudRuleSets.With("""{ "id": "bulk", "type": "skuQuantity", "score": 20, "maxQuantity": 10 }""");
        FraudContext context = FraudContextBuilder.Ordinary()
            .WithLines(new FraudLine("SKU-HEADPHONES", 6), new FraudLine("SKU-HEADPHONES", 5), new FraudLine("SKU-MUG", 1))
            .Build();

        Assert.Contains("11 x SKU-HEADPHONES", FraudRuleSets.Fired(ruleSet, context)?.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Sku_quantity_at_the_limit_does_not_fire()
    {
        FraudRuleSet ruleSet = FraudRuleSets.With("""{ "id": "bulk", "type": "skuQuantity", "score": 20, "maxQuantity": 10 }""");
        FraudContext context = FraudContextBuilder.Ordinary().WithLines(new FraudLine("SKU-HEADPHONES", 10)).Build();

        Assert.Null(FraudRuleSets.Fired(ruleSet, context));
    }

    [Fact]
    public void Sku_quantity_limited_to_a_prefix_only_counts_matching_skus()
    {
        FraudRuleSet ruleSet = FraudRuleSets.With(
            """{ "id": "gift-cards", "type": "skuQuantity", "score": 40, "maxQuantity": 2, "skus": ["GIFTCARD-*"] }""");

        FiredFraudRule? giftCards = FraudRuleSets.Fired(ruleSet, FraudContextBuilder.Ordinary().WithLines(new FraudLine("GIFTCARD-100", 3)).Build());
        FiredFraudRule? socks = FraudRuleSets.Fired(ruleSet, FraudContextBuilder.Ordinary().WithLines(new FraudLine("SKU-SOCKS", 30)).Build());

        Assert.NotNull(giftCards);
        Assert.Null(socks);
    }

    [Fact]
    public void Account_age_fires_for_an_account_created_an_hour_ago()
    {
        FraudRuleSet ruleSet = FraudRuleSets.With("""{ "id": "new-account", "type": "accountAge", "score": 10, "minAgeHours": 24 }""");
        FraudContext context = FraudContextBuilder.Ordinary().WithCustomerSince(FraudContextBuilder.PlacedAt.AddHours(-1)).Build();

        Assert.NotNull(FraudRuleSets.Fired(ruleSet, context));
    }

    [Fact]
    public void Account_age_treats_a_guest_checkout_as_a_new_account()
    {
        FraudRuleSet ruleSet = FraudRuleSets.With("""{ "id": "new-account", "type": "accountAge", "score": 10, "minAgeHours": 24 }""");
        FraudContext context = FraudContextBuilder.Ordinary().WithCustomerSince(null).Build();

        Assert.NotNull(FraudRuleSets.Fired(ruleSet, context));
    }

    [Fact]
    public void Account_age_does_not_fire_for_an_established_account()
    {
        FraudRuleSet ruleSet = FraudRuleSets.With("""{ "id": "new-account", "type": "accountAge", "score": 10, "minAgeHours": 24 }""");

        Assert.Null(FraudRuleSets.Fired(ruleSet, FraudContextBuilder.Ordinary().Build()));
    }

    [Fact]
    public void Shipping_country_fires_for_a_listed_destination_only()
    {
        FraudRuleSet ruleSet = FraudRuleSets.With(
            """{ "id": "embargo", "type": "shippingCountry", "score": 0, "hardReject": true, "countries": ["KP", "IR"] }""");
        var pyongyang = new PostalAddress("1 KIM IL SUNG SQ", null, "PYONGYANG", null, null, "KP");

        Assert.NotNull(FraudRuleSets.Fired(ruleSet, FraudContextBuilder.Ordinary().ShippingTo(pyongyang, null).Build()));
        Assert.Null(FraudRuleSets.Fired(ruleSet, FraudContextBuilder.Ordinary().Build()));
    }

    [Fact]
    public void Deny_list_matches_emails_regardless_of_case()
    {
        FraudRuleSet ruleSet = FraudRuleSets.With(
            """{ "id": "deny", "type": "denyList", "score": 0, "hardReject": true, "emails": ["abuser@example.com"] }""");

        Assert.NotNull(FraudRuleSets.Fired(ruleSet, FraudContextBuilder.Ordinary().WithEmail("Abuser@Example.com").Build()));
        Assert.Null(FraudRuleSets.Fired(ruleSet, FraudContextBuilder.Ordinary().Build()));
    }

    [Fact]
    public void Deny_list_matches_card_fingerprints_and_customer_ids()
    {
        FraudRuleSet ruleSet = FraudRuleSets.With(
            """{ "id": "deny", "type": "denyList", "score": 0, "customerIds": ["cust-666"], "cardFingerprints": ["fp_stolen"] }""");

        Assert.NotNull(FraudRuleSets.Fired(ruleSet, FraudContextBuilder.Ordinary().WithCardFingerprint("fp_stolen").Build()));
        Assert.NotNull(FraudRuleSets.Fired(ruleSet, FraudContextBuilder.Ordinary().WithCustomer("cust-666").Build()));
    }
}
