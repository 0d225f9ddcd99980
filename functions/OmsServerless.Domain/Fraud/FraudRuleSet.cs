namespace OmsServerless.Domain.Fraud;

/// <summary>
/// A versioned, validated set of fraud rules and the thresholds that turn their total score into a decision.
/// Built from JSON by <see cref="FraudRuleSetParser"/>; every assessment names the id and version that decided.
/// </summary>
public sealed class FraudRuleSet
{
    internal FraudRuleSet(string id, int version, string currency, string? description, FraudThresholds thresholds, IReadOnlyList<FraudRule> rules)
    {
        Id = id;
        Version = version;
        Currency = currency;
        Description = description;
        Thresholds = thresholds;
        Rules = rules;
    }

    public string Id { get; }

    /// <summary>Increases with every published change; orders record the version that screened them.</summary>
    public int Version { get; }

    /// <summary>The currency every amount in the rules is written in.</summary>
    public string Currency { get; }

    public string? Description { get; }

    public FraudThresholds Thresholds { get; }

    public IReadOnlyList<FraudRule> Rules { get; }

    /// <summary>The velocity counts the storage layer must put into <see cref="FraudContext.Velocity"/> for this rule set.</summary>
    public IReadOnlyList<VelocityWindow> RequiredVelocityWindows =>
        [.. Rules.Where(rule => rule.Enabled).SelectMany(rule => rule.VelocityWindows).Distinct()];

    public FraudAssessment Assess(FraudContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var fired = new List<FiredFraudRule>();
        var unevaluated = new List<UnevaluatedFraudRule>();
        foreach (FraudRule rule in Rules.Where(rule => rule.Enabled))
        {
            FraudRuleEvaluation evaluation = rule.Evaluate(context);
            switch (evaluation.Kind)
            {
                case FraudRuleEvaluationKind.Fired:
                    fired.Add(new FiredFraudRule(rule.Id, rule.Type, rule.Score, rule.HardReject, evaluation.Explanation));
                    break;
                case FraudRuleEvaluationKind.NotEvaluated:
                    unevaluated.Add(new UnevaluatedFraudRule(rule.Id, rule.Type, evaluation.Explanation));
                    break;
                case FraudRuleEvaluationKind.NotFired:
                    break;
            }
        }

        int totalScore = fired.Sum(rule => rule.Score);
        bool hardRejected = fired.Any(rule => rule.HardReject);
        return new FraudAssessment
        {
            RuleSetId = Id,
            RuleSetVersion = Version,
            Decision = hardRejected ? FraudDecision.Reject : Thresholds.Decide(totalScore),
            TotalScore = totalScore,
            HardRejected = hardRejected,
            Thresholds = Thresholds,
            FiredRules = fired,
            UnevaluatedRules = unevaluated,
        };
    }
}
