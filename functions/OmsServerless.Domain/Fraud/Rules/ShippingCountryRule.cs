namespace OmsServerless.Domain.Fraud.Rules;

/// <summary><c>shippingCountry</c>: the order ships to one of the listed countries (embargoed or high-risk destinations).</summary>
internal sealed class ShippingCountryRule : FraudRule
{
    public const string TypeName = "shippingCountry";

    private readonly IReadOnlyList<string> countries;

    private ShippingCountryRule(FraudRuleHeader header, IReadOnlyList<string> countries)
        : base(header) => this.countries = countries;

    internal static ShippingCountryRule? Read(FraudRuleHeader header, FraudJsonObject json, string currency) =>
        json.StringList("countries", required: true) is { } countries
            ? new ShippingCountryRule(header, [.. countries.Select(country => country.ToUpperInvariant())])
            : null;

    internal override FraudRuleEvaluation Evaluate(FraudContext context) =>
        context.ShippingAddress is { } shipping && countries.Contains(shipping.Country.ToUpperInvariant())
            ? FraudRuleEvaluation.Fired($"Ships to {shipping.Country}, a listed country.")
            : FraudRuleEvaluation.NotFired;
}
