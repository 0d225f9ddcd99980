namespace OmsServerless.Workflows.Activities;

/// <summary>The review decision to record; a timed-out review arrives as a rejection by the workflow itself.</summary>
public sealed record FraudReviewInput(string OrderId, bool Approve, string Actor, string Note);
