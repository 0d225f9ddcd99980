namespace OmsServerless.Domain.Fraud.Rules;

/// <summary>
/// <c>accountAge</c>: the customer account is younger than <c>minAgeHours</c> when the order is placed. Guest
/// checkouts have no account and count as new.
/// </summary>
internal sealed class AccountAgeRule : FraudRule
{
    public const string TypeName = "accountAge";

    private readonly int minAgeHours;

    private AccountAgeRule(FraudRuleHeader header, int minAgeHours)
        : base(header) => this.minAgeHours = minAgeHours;

    internal static AccountAgeRule? Read(FraudRuleHeader header, FraudJsonObject json, string currency) =>
        json.Integer("minAgeHours", required: true, minimum: 1, maximum: 24 * 3650) is { } hours ? new AccountAgeRule(header, hours) : null;

    internal override FraudRuleEvaluation Evaluate(FraudContext context)
    {
        if (context.CustomerSince is not { } since)
        {
            return FraudRuleEvaluation.Fired("Guest checkout: no customer account.");
        }

        TimeSpan age = context.PlacedAt - since;
        return age < TimeSpan.FromHours(minAgeHours)
            ? FraudRuleEvaluation.Fired($"Customer account is {Math.Max(0, (int)age.TotalHours)} h old, younger than {minAgeHours} h.")
            : FraudRuleEvaluation.NotFired;
    }
}
