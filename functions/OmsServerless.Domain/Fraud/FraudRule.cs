using System.Globalization;

namespace OmsServerless.Domain.Fraud;

/// <summary>
/// One configured check of a rule set. Rules are built only by <see cref="FraudRuleSetParser"/> from rule set JSON,
/// so every rule in use passed its validation.
/// </summary>
public abstract class FraudRule
{
    private protected FraudRule(FraudRuleHeader header)
    {
        Id = header.Id;
        Type = header.Type;
        Score = header.Score;
        HardReject = header.HardReject;
        Enabled = header.Enabled;
        Description = header.Description;
    }

    /// <summary>Unique within the rule set; named in assessments.</summary>
    public string Id { get; }

    /// <summary>The rule type as written in JSON ("velocity", "orderAmount", ...).</summary>
    public string Type { get; }

    /// <summary>Points added to the order's score when the rule fires.</summary>
    public int Score { get; }

    /// <summary>When it fires the order is rejected whatever the total score (deny lists, embargoed countries).</summary>
    public bool HardReject { get; }

    /// <summary>Disabled rules are validated and kept in the document but never evaluated.</summary>
    public bool Enabled { get; }

    public string? Description { get; }

    /// <summary>The velocity windows this rule reads from the context.</summary>
    internal virtual IEnumerable<VelocityWindow> VelocityWindows => [];

    internal abstract FraudRuleEvaluation Evaluate(FraudContext context);

    private protected static string Money(decimal amount, string currency) =>
        string.Create(CultureInfo.InvariantCulture, $"{amount:0.00} {currency}");

    /// <summary>Amount limits are written in the rule set's currency; an order in another one cannot be compared.</summary>
    private protected static FraudRuleEvaluation? CurrencyMismatch(FraudContext context, string ruleSetCurrency) =>
        string.Equals(context.Currency, ruleSetCurrency, StringComparison.Ordinal)
            ? null
            : FraudRuleEvaluation.NotEvaluated($"The order is in {context.Currency} but the rule's amounts are in {ruleSetCurrency}.");
}
