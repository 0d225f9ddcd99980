namespace OmsServerless.Domain.Fraud;

/// <summary>A rule that could not be evaluated because the context lacked data it needs.</summary>
public sealed record UnevaluatedFraudRule(string RuleId, string RuleType, string Reason);
