namespace OmsServerless.Domain.Sourcing.Decisions;

/// <summary>How many nodes one rule rejected for a destination.</summary>
public sealed record RejectionCount(FilterOutcome Outcome, string Rule, int Nodes);
