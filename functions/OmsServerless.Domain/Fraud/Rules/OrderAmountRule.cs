namespace OmsServerless.Domain.Fraud.Rules;

/// <summary><c>orderAmount</c>: the order is worth more than <c>above</c> (in the rule set's currency).</summary>
internal sealed class OrderAmountRule : FraudRule
{
    public const string TypeName = "orderAmount";

    private readonly decimal above;
    private readonly string currency;

    private OrderAmountRule(FraudRuleHeader header, decimal above, string currency)
        : base(header)
    {
        this.above = above;
        this.currency = currency;
    }

    internal static OrderAmountRule? Read(FraudRuleHeader header, FraudJsonObject json, string currency) =>
        json.PositiveDecimal("above", required: true) is { } above ? new OrderAmountRule(header, above, currency) : null;

    internal override FraudRuleEvaluation Evaluate(FraudContext context)
    {
        if (CurrencyMismatch(context, currency) is { } mismatch)
        {
            return mismatch;
        }

        return context.OrderAmount > above
            ? FraudRuleEvaluation.Fired($"Order amount {Money(context.OrderAmount, currency)} is above {Money(above, currency)}.")
            : FraudRuleEvaluation.NotFired;
    }
}
