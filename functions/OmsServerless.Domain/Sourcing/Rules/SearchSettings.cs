namespace OmsServerless.Domain.Sourcing.Rules;

/// <summary>
/// When to search exhaustively. Destinations with at most <see cref="ExactMaxLines"/> lines and
/// <see cref="ExactMaxUnits"/> units get the exact search; larger ones get the heuristic. Set either to 0 to always use
/// the heuristic.
/// </summary>
/// <param name="ExactBudget">Node combinations plus allocations the exact search may examine before it settles for the best of what it found and the heuristic's plan (reported as such).</param>
public sealed record SearchSettings(int ExactMaxLines, int ExactMaxUnits, int ExactBudget)
{
    /// <summary>Exact search up to 6 lines and 12 units per destination, 20,000 steps.</summary>
    public static SearchSettings Default { get; } = new(6, 12, 20_000);
}
