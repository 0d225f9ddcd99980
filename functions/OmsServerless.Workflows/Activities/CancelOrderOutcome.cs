namespace OmsServerless.Workflows.Activities;

/// <summary>What a cancellation changed; the workflow compensates for exactly these lines.</summary>
/// <param name="Accepted">False when the order refused (a named line already left the building).</param>
public sealed record CancelOrderOutcome(bool Accepted, bool OrderCancelled, IReadOnlyList<string> CancelledLineIds, string Detail);
