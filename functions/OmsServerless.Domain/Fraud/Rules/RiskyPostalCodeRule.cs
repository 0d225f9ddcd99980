namespace OmsServerless.Domain.Fraud.Rules;

/// <summary>
/// <c>riskyPostalCode</c>: the order ships to a listed postal code (reshipper and freight-forwarder hubs, codes with a
/// chargeback history). Entries match as prefixes, ignoring case, spaces and hyphens: "33166" matches "33166-1234",
/// "M5V" matches "M5V 2T6". Optional <c>country</c> limits the list to one country.
/// </summary>
internal sealed class RiskyPostalCodeRule : FraudRule
{
    public const string TypeName = "riskyPostalCode";

    private readonly string? country;
    private readonly IReadOnlyList<string> prefixes;

    private RiskyPostalCodeRule(FraudRuleHeader header, string? country, IReadOnlyList<string> prefixes)
        : base(header)
    {
        this.country = country;
        this.prefixes = prefixes;
    }

    internal static RiskyPostalCodeRule? Read(FraudRuleHeader header, FraudJsonObject json, string currency)
    {
        string? country = json.String("country", required: false, maxLength: 2);
        IReadOnlyList<string>? postalCodes = json.StringList("postalCodes", required: true);
        return postalCodes is null ? null : new RiskyPostalCodeRule(header, country?.ToUpperInvariant(), [.. postalCodes.Select(Compact)]);
    }

    internal override FraudRuleEvaluation Evaluate(FraudContext context)
    {
        if (context.ShippingAddress is not { PostalCode: { } postalCode } shipping ||
            (country is not null && !string.Equals(country, shipping.Country, StringComparison.OrdinalIgnoreCase)))
        {
            return FraudRuleEvaluation.NotFired;
        }

        string compact = Compact(postalCode);
        string? listed = prefixes.FirstOrDefault(prefix => compact.StartsWith(prefix, StringComparison.Ordinal));
        return listed is null
            ? FraudRuleEvaluation.NotFired
            : FraudRuleEvaluation.Fired($"Shipping postal code {postalCode} is on the risky list (entry {listed}).");
    }

    private static string Compact(string postalCode) =>
        postalCode.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
}
