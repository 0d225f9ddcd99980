namespace OmsServerless.Domain.Fraud;

/// <summary>What one rule made of one order.</summary>
internal sealed record FraudRuleEvaluation(FraudRuleEvaluationKind Kind, string Explanation)
{
    public static readonly FraudRuleEvaluation NotFired = new(FraudRuleEvaluationKind.NotFired, string.Empty);

    public static FraudRuleEvaluation Fired(string explanation) => new(FraudRuleEvaluationKind.Fired, explanation);

    /// <summary>The context lacks data the rule needs; reported so a wiring gap never passes silently as "no risk".</summary>
    public static FraudRuleEvaluation NotEvaluated(string reason) => new(FraudRuleEvaluationKind.NotEvaluated, reason);
}
