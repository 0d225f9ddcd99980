namespace OmsServerless.Domain.Sourcing.Search;

/// <summary>
/// Splits the search by delivery date when the customer wants the fastest delivery: round r only uses candidates
/// whose fastest service arrives by the r-th earliest date. The first round that allocates every unit holds the
/// fastest plans, and within a round the remaining keys can be pruned on as usual. Without that preference there is
/// one round with every candidate.
/// </summary>
internal sealed class DeliveryRounds
{
    private int[] _days = new int[8];
    private int[] _active = new int[64];

    public int Count { get; private set; }

    public int ActiveCount { get; private set; }

    public ReadOnlySpan<int> Active => _active.AsSpan(0, ActiveCount);

    public void Plan(DestinationProblem problem)
    {
        if (!problem.Objective.ByDeliveryDate)
        {
            Count = 1;
            return;
        }

        problem.BoundAll();
        Count = 0;
        for (int c = 0; c < problem.CandidateCount; c++)
        {
            int day = problem.Candidates[c].FastestDay;
            int at = Array.BinarySearch(_days, 0, Count, day);
            if (at >= 0)
            {
                continue;
            }

            if (Count == _days.Length)
            {
                Array.Resize(ref _days, Count * 2);
            }

            at = ~at;
            Array.Copy(_days, at, _days, at + 1, Count - at);
            _days[at] = day;
            Count++;
        }
    }

    /// <summary>Picks the round's candidates, leaving out those flagged in <paramref name="excluded"/> (when given).</summary>
    public void Select(DestinationProblem problem, int round, bool[]? excluded = null)
    {
        if (_active.Length < problem.CandidateCount)
        {
            _active = new int[Math.Max(problem.CandidateCount, _active.Length * 2)];
        }

        bool all = !problem.Objective.ByDeliveryDate;
        int limit = all ? int.MaxValue : _days[round];
        ActiveCount = 0;
        for (int c = 0; c < problem.CandidateCount; c++)
        {
            if ((all || problem.Candidates[c].FastestDay <= limit) && (excluded is null || !excluded[c]))
            {
                _active[ActiveCount++] = c;
            }
        }
    }
}
