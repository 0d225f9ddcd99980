namespace OmsServerless.Workflows.Activities;

/// <summary>Whether a batch was reserved; when not, the stock moved since sourcing and the order must be re-sourced.</summary>
public sealed record ReservationOutcome(bool Reserved, string Detail);
