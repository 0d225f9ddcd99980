using System.Globalization;

namespace OmsServerless.Domain.Fraud.Rules;

/// <summary><c>billingShippingDistance</c>: the geocoded billing and shipping addresses are more than <c>maxKm</c> apart.</summary>
internal sealed class BillingShippingDistanceRule : FraudRule
{
    public const string TypeName = "billingShippingDistance";

    private readonly decimal maxKm;

    private BillingShippingDistanceRule(FraudRuleHeader header, decimal maxKm)
        : base(header) => this.maxKm = maxKm;

    internal static BillingShippingDistanceRule? Read(FraudRuleHeader header, FraudJsonObject json, string currency) =>
        json.PositiveDecimal("maxKm", required: true) is { } maxKm ? new BillingShippingDistanceRule(header, maxKm) : null;

    internal override FraudRuleEvaluation Evaluate(FraudContext context)
    {
        if (context.ShippingAddress is null || context.BillingAddress is null)
        {
            return FraudRuleEvaluation.NotFired;
        }

        if (context.ShippingLocation is not { } shipping || context.BillingLocation is not { } billing)
        {
            return FraudRuleEvaluation.NotEvaluated("The billing or shipping address has no geocoded location.");
        }

        double distanceKm = shipping.DistanceKmTo(billing);
        return distanceKm > (double)maxKm
            ? FraudRuleEvaluation.Fired(string.Create(
                CultureInfo.InvariantCulture,
                $"Billing and shipping addresses are {distanceKm:0} km apart, more than {maxKm} km."))
            : FraudRuleEvaluation.NotFired;
    }
}
