using OmsServerless.Domain.Sourcing.Search;

namespace OmsServerless.Domain.Sourcing.Engine;

/// <summary>
/// Scratch arrays and search objects reused by every decision on a thread, so a decision allocates little beyond
/// its result. One per thread makes engines safe to share between concurrent callers.
/// </summary>
internal sealed class SourcingWorkspace
{
    [ThreadStatic]
    private static SourcingWorkspace? t_current;

    public static SourcingWorkspace Current => t_current ??= new SourcingWorkspace();

    public DestinationProblem Problem { get; } = new();

    public PlanTracker Tracker { get; } = new();

    public PlanTracker AlternativeTracker { get; } = new();

    public ExactSearch Exact { get; } = new();

    public HeuristicSearch Heuristic { get; } = new();

    public CandidateCollector Collector { get; } = new();

    public ExplanationWriter Writer { get; } = new();

    public LocalDays Days { get; } = new();
}
