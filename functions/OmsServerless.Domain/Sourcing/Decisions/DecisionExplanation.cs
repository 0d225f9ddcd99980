namespace OmsServerless.Domain.Sourcing.Decisions;

/// <summary>Why the decision came out as it did, per destination, plus notes on pickups and fallbacks.</summary>
public sealed record DecisionExplanation(IReadOnlyList<DestinationExplanation> Destinations, IReadOnlyList<string> Notes);
