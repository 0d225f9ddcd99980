namespace OmsServerless.Domain.Fraud.Rules;

/// <summary><c>billingShippingCountryMismatch</c>: the card's billing country differs from the shipping country.</summary>
internal sealed class BillingShippingCountryMismatchRule : FraudRule
{
    public const string TypeName = "billingShippingCountryMismatch";

    private BillingShippingCountryMismatchRule(FraudRuleHeader header)
        : base(header)
    {
    }

    internal static BillingShippingCountryMismatchRule Read(FraudRuleHeader header, FraudJsonObject json, string currency) => new(header);

    internal override FraudRuleEvaluation Evaluate(FraudContext context)
    {
        if (context.ShippingAddress is not { } shipping || context.BillingAddress is not { } billing)
        {
            return FraudRuleEvaluation.NotFired;
        }

        return string.Equals(shipping.Country, billing.Country, StringComparison.OrdinalIgnoreCase)
            ? FraudRuleEvaluation.NotFired
            : FraudRuleEvaluation.Fired($"Billing country {billing.Country} differs from shipping country {shipping.Country}.");
    }
}
