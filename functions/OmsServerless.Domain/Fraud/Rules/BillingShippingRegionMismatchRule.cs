namespace OmsServerless.Domain.Fraud.Rules;

/// <summary>
/// <c>billingShippingRegionMismatch</c>: billing and shipping are in the same country but different states or
/// provinces. Different countries are left to <c>billingShippingCountryMismatch</c>, so one fact is not scored twice.
/// </summary>
internal sealed class BillingShippingRegionMismatchRule : FraudRule
{
    public const string TypeName = "billingShippingRegionMismatch";

    private BillingShippingRegionMismatchRule(FraudRuleHeader header)
        : base(header)
    {
    }

    internal static BillingShippingRegionMismatchRule Read(FraudRuleHeader header, FraudJsonObject json, string currency) => new(header);

    internal override FraudRuleEvaluation Evaluate(FraudContext context)
    {
        if (context.ShippingAddress is not { Region: { } shippingRegion } shipping ||
            context.BillingAddress is not { Region: { } billingRegion } billing ||
            !string.Equals(shipping.Country, billing.Country, StringComparison.OrdinalIgnoreCase))
        {
            return FraudRuleEvaluation.NotFired;
        }

        return string.Equals(shippingRegion, billingRegion, StringComparison.OrdinalIgnoreCase)
            ? FraudRuleEvaluation.NotFired
            : FraudRuleEvaluation.Fired($"Billing region {billingRegion} differs from shipping region {shippingRegion}.");
    }
}
