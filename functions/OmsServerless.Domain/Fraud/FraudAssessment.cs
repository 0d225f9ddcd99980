namespace OmsServerless.Domain.Fraud;

/// <summary>
/// The verdict on one order and its explanation: the rule set and version that decided, the score, every rule that
/// fired with its contribution, and the rules that could not be evaluated.
/// </summary>
public sealed record FraudAssessment
{
    public required string RuleSetId { get; init; }

    public required int RuleSetVersion { get; init; }

    public required FraudDecision Decision { get; init; }

    /// <summary>Sum of the scores of the fired rules.</summary>
    public required int TotalScore { get; init; }

    /// <summary>True when a rule marked hard-reject fired: the decision is Reject whatever the score.</summary>
    public bool HardRejected { get; init; }

    public required FraudThresholds Thresholds { get; init; }

    public IReadOnlyList<FiredFraudRule> FiredRules { get; init; } = [];

    public IReadOnlyList<UnevaluatedFraudRule> UnevaluatedRules { get; init; } = [];
}
