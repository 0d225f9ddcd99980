namespace OmsServerless.Domain.Fraud;

/// <summary>
/// Score limits: a total at or above <paramref name="Review"/> goes to manual review, at or above
/// <paramref name="Reject"/> is refused.
/// </summary>
public sealed record FraudThresholds(int Review, int Reject)
{
    public FraudDecision Decide(int totalScore) =>
        totalScore >= Reject ? FraudDecision.Reject
        : totalScore >= Review ? FraudDecision.Review
        : FraudDecision.Accept;
}
