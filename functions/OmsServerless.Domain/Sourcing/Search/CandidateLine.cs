namespace OmsServerless.Domain.Sourcing.Search;

/// <summary>One line at one candidate: what the searches read together when they allocate or bound that line there.</summary>
internal readonly record struct CandidateLine(int Usable, int Avail, double UnitPrimary);
