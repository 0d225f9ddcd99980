namespace OmsServerless.Domain.Sourcing;

/// <summary>
/// What classifying a node reads from the network on every decision, side by side: the collector visits a few
/// hundred nodes in no useful order, and one cache line per node costs less than one per value.
/// </summary>
internal readonly record struct NodeProfile(double X, double Y, double Z, double LaborPerUnit, double InverseDailyCapacity, int Priority);
