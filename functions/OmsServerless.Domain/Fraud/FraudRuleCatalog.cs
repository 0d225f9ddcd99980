using OmsServerless.Domain.Fraud.Rules;

namespace OmsServerless.Domain.Fraud;

/// <summary>The rule types a rule set may use, each with the reader of its parameters.</summary>
internal static class FraudRuleCatalog
{
    /// <summary>Reads a rule's own parameters; returns null when they are invalid (errors already recorded).</summary>
    public delegate FraudRule? RuleReader(FraudRuleHeader header, FraudJsonObject json, string ruleSetCurrency);

    private static readonly Dictionary<string, RuleReader> ReadersByType = new(StringComparer.Ordinal)
    {
        [VelocityRule.TypeName] = VelocityRule.Read,
        [OrderAmountRule.TypeName] = OrderAmountRule.Read,
        [FirstOrderAmountRule.TypeName] = FirstOrderAmountRule.Read,
        [BillingShippingCountryMismatchRule.TypeName] = BillingShippingCountryMismatchRule.Read,
        [BillingShippingRegionMismatchRule.TypeName] = BillingShippingRegionMismatchRule.Read,
        [BillingShippingDistanceRule.TypeName] = BillingShippingDistanceRule.Read,
        [RiskyPostalCodeRule.TypeName] = RiskyPostalCodeRule.Read,
        [EmailDomainRule.TypeName] = EmailDomainRule.Read,
        [SkuQuantityRule.TypeName] = SkuQuantityRule.Read,
        [AccountAgeRule.TypeName] = AccountAgeRule.Read,
        [ShippingCountryRule.TypeName] = ShippingCountryRule.Read,
        [DenyListRule.TypeName] = DenyListRule.Read,
    };

    public static IEnumerable<string> TypeNames => ReadersByType.Keys;

    public static bool TryGetReader(string type, out RuleReader reader) => ReadersByType.TryGetValue(type, out reader!);
}
