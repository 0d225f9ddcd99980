namespace OmsServerless.Domain.Orders;

/// <summary>An analyst's decision on an order the fraud rules sent to review.</summary>
public sealed record FraudReviewResolution(bool Accepted, string Reviewer, string Note, DateTimeOffset ResolvedAt);
