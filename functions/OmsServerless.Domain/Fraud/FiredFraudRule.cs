namespace OmsServerless.Domain.Fraud;

/// <summary>A rule that matched the order, what it added to the score, and why it matched.</summary>
public sealed record FiredFraudRule(string RuleId, string RuleType, int Score, bool HardReject, string Explanation);
