namespace OmsServerless.Domain.Fraud.Rules;

/// <summary><c>firstOrderAmount</c>: the customer's first order is worth more than <c>above</c>.</summary>
internal sealed class FirstOrderAmountRule : FraudRule
{
    public const string TypeName = "firstOrderAmount";

    private readonly decimal above;
    private readonly string currency;

    private FirstOrderAmountRule(FraudRuleHeader header, decimal above, string currency)
        : base(header)
    {
        this.above = above;
        this.currency = currency;
    }

    internal static FirstOrderAmountRule? Read(FraudRuleHeader header, FraudJsonObject json, string currency) =>
        json.PositiveDecimal("above", required: true) is { } above ? new FirstOrderAmountRule(header, above, currency) : null;

    internal override FraudRuleEvaluation Evaluate(FraudContext context)
    {
        if (context.PriorOrderCount > 0)
        {
            return FraudRuleEvaluation.NotFired;
        }

        if (CurrencyMismatch(context, currency) is { } mismatch)
        {
            return mismatch;
        }

        return context.OrderAmount > above
            ? FraudRuleEvaluation.Fired($"First order of this customer, worth {Money(context.OrderAmount, currency)}, above {Money(above, currency)}.")
            : FraudRuleEvaluation.NotFired;
    }
}
