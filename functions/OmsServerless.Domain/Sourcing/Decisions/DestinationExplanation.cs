namespace OmsServerless.Domain.Sourcing.Decisions;

/// <summary>
/// The search for one destination: which nodes were considered, which were rejected and by which rule, and how the
/// chosen plan beat the runner-up. Candidate lists are capped by the rule set; <see cref="Rejections"/> still counts
/// every node.
/// </summary>
/// <param name="Destination">"customer" for the customer's address, or "store:{id}" for ship-to-store.</param>
/// <param name="SearchSteps">Node combinations and allocations the search examined: how hard the destination was, for tuning the exact-search budget.</param>
/// <param name="Candidates">The chosen nodes first, then the best other eligible nodes, then the nearest rejected ones.</param>
public sealed record DestinationExplanation(
    string Destination,
    SearchMode SearchMode,
    int SearchSteps,
    int EligibleNodes,
    IReadOnlyList<CandidateExplanation> Candidates,
    IReadOnlyList<RejectionCount> Rejections,
    PlanComparison? Comparison);
