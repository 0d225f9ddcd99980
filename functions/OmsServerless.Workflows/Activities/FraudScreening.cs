using OmsServerless.Domain.Fraud;

namespace OmsServerless.Workflows.Activities;

/// <summary>The fraud verdict the workflow acts on.</summary>
public sealed record FraudScreening(FraudDecision Decision, int Score, string Detail);
