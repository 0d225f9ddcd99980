namespace OmsServerless.Workflows.Orders;

/// <summary>An operations decision on an order held for fraud review.</summary>
public sealed record FraudReviewDecision(bool Approve, string Reviewer, string Note);
