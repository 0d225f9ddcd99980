namespace OmsServerless.Domain.Fraud;

internal enum FraudRuleEvaluationKind
{
    NotFired,
    Fired,
    NotEvaluated,
}
