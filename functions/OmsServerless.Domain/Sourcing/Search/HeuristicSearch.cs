using OmsServerless.Domain.Sourcing.Decisions;

namespace OmsServerless.Domain.Sourcing.Search;

/// <summary>
/// Fast search for large destinations: every single-node plan, then a greedy plan that repeatedly adds the node with
/// the lowest estimated primary cost per newly covered unit (or, when fewer parcels come first, the node covering
/// the most), then local improvement of that plan by dropping a node or swapping it for one of the best runners-up
/// from the first greedy step. Runs in time linear in candidates times lines per greedy step.
/// </summary>
internal sealed class HeuristicSearch
{
    private const int SwapPool = 8;
    private const int ImprovementPasses = 3;

    private readonly DeliveryRounds _rounds = new();
    private readonly PlanBuffer _current = new();
    private readonly int[] _pool = new int[SwapPool];
    private readonly double[] _poolRatio = new double[SwapPool];
    private int _poolCount;
    private int[] _remaining = new int[16];
    private int[] _set = new int[8];
    private int[] _room = new int[8];
    private bool[] _taken = new bool[64];
    private bool[] _excluded = new bool[64];
    private DestinationProblem _problem = null!;
    private PlanTracker _tracker = null!;
    private int _steps;

    public SearchResult Run(DestinationProblem problem, PlanTracker tracker) => Run(problem, tracker, ReadOnlySpan<int>.Empty);

    /// <summary>Searches without the candidates in <paramref name="excludedSlots"/>: "what would we do without these nodes?".</summary>
    public SearchResult Run(DestinationProblem problem, PlanTracker tracker, ReadOnlySpan<int> excludedSlots)
    {
        _problem = problem;
        _tracker = tracker;
        _steps = 0;
        if (_remaining.Length < problem.LineCount)
        {
            _remaining = new int[problem.LineCount * 2];
        }

        if (_taken.Length < problem.CandidateCount)
        {
            _taken = new bool[problem.CandidateCount * 2];
        }

        if (_excluded.Length < problem.CandidateCount)
        {
            _excluded = new bool[problem.CandidateCount * 2];
        }

        Array.Clear(_excluded, 0, problem.CandidateCount);
        foreach (int slot in excludedSlots)
        {
            _excluded[slot] = true;
        }

        problem.DetailAll();
        _rounds.Plan(problem);
        for (int round = 0; round < _rounds.Count; round++)
        {
            _rounds.Select(problem, round, excludedSlots.IsEmpty ? null : _excluded);
            SearchRound();
            if (tracker.BestCovers(problem.TargetUnits))
            {
                break;
            }
        }

        return new SearchResult(SearchMode.Heuristic, _steps);
    }

    private void SearchRound()
    {
        foreach (int c in _rounds.Active)
        {
            if (_problem.FillSingle(_tracker.Scratch, c) && _problem.Evaluate(_tracker.Scratch))
            {
                _tracker.Offer();
            }

            _steps++;
        }

        bool full = _tracker.BestCovers(_problem.TargetUnits);
        if (_problem.MaxShipments < 2 || (full && _problem.Objective.StopAtFirstFullShipmentCount))
        {
            return;
        }

        int count = Greedy();
        if (count < 2 || !FillSet(count) || !_problem.Evaluate(_tracker.Scratch))
        {
            return;
        }

        _current.CopyFrom(_tracker.Scratch, _problem.LineCount);
        _tracker.Offer();
        Improve();
    }

    /// <summary>Builds the greedy node set into the set buffer and returns its size.</summary>
    private int Greedy()
    {
        DestinationProblem p = _problem;
        int lines = p.LineCount;
        Array.Copy(p.MaxCoverage, _remaining, lines);
        Array.Clear(_taken, 0, p.CandidateCount);
        _poolCount = 0;
        bool mostUnitsFirst = p.Objective.StopAtFirstFullShipmentCount;
        int count = 0;
        while (count < p.MaxShipments)
        {
            int chosen = -1;
            int chosenGain = 0;
            double chosenRatio = double.MaxValue;
            foreach (int c in _rounds.Active)
            {
                if (_taken[c] || !Estimate(c, out int gain, out double estimate))
                {
                    continue;
                }

                double ratio = estimate / gain;
                if (count == 0)
                {
                    RememberForSwaps(c, ratio);
                }

                bool better = mostUnitsFirst
                    ? gain > chosenGain || (gain == chosenGain && ratio < chosenRatio)
                    : ratio < chosenRatio || (ratio == chosenRatio && gain > chosenGain);
                if (better)
                {
                    chosen = c;
                    chosenGain = gain;
                    chosenRatio = ratio;
                }
            }

            _steps += _rounds.ActiveCount;
            if (chosen < 0)
            {
                break;
            }

            Take(chosen);
            EnsureSet(count + 1);
            _set[count++] = chosen;
            _taken[chosen] = true;
            if (RemainingUnits() == 0)
            {
                break;
            }
        }

        return count;
    }

    /// <summary>What adding <paramref name="c"/> would cover of the remaining units, and the primary key of that parcel.</summary>
    private bool Estimate(int c, out int gain, out double estimate)
    {
        DestinationProblem p = _problem;
        int lines = p.LineCount;
        gain = 0;
        estimate = 0;
        long grams = 0;
        int room = p.Candidates[c].Capacity;
        for (int l = 0; l < lines && room > 0; l++)
        {
            int take = TakeOf(c, l, room);
            gain += take;
            room -= take;
            grams += take * p.LineGrams[l];
            estimate += take * p.CandidateLines[(c * lines) + l].UnitPrimary;
        }

        if (gain == 0 || !p.Rates.TryQuote(p.ZonesOf(c), grams, p.Objective.ServiceLevel, out _, out double price, out _))
        {
            return false;
        }

        ref readonly CriteriaValues primary = ref p.Objective.PrimaryCoefficients;
        estimate += (primary[0] * (price + p.Handling)) + (primary[2] * p.Candidates[c].Km);
        return true;
    }

    private int TakeOf(int c, int line, int room)
    {
        int remaining = _remaining[line];
        if (remaining == 0)
        {
            return 0;
        }

        int avail = _problem.CandidateLines[(c * _problem.LineCount) + line].Avail;
        if (_problem.LinesSplit)
        {
            return Math.Min(Math.Min(avail, remaining), room);
        }

        return avail >= remaining && room >= remaining ? remaining : 0;
    }

    private void Take(int c)
    {
        int room = _problem.Candidates[c].Capacity;
        for (int l = 0; l < _problem.LineCount && room > 0; l++)
        {
            int take = TakeOf(c, l, room);
            _remaining[l] -= take;
            room -= take;
        }
    }

    private int RemainingUnits()
    {
        int sum = 0;
        for (int l = 0; l < _problem.LineCount; l++)
        {
            sum += _remaining[l];
        }

        return sum;
    }

    private void RememberForSwaps(int c, double ratio)
    {
        int at = _poolCount;
        if (_poolCount < SwapPool)
        {
            _poolCount++;
        }
        else if (ratio >= _poolRatio[SwapPool - 1])
        {
            return;
        }
        else
        {
            at = SwapPool - 1;
        }

        while (at > 0 && _poolRatio[at - 1] > ratio)
        {
            _pool[at] = _pool[at - 1];
            _poolRatio[at] = _poolRatio[at - 1];
            at--;
        }

        _pool[at] = c;
        _poolRatio[at] = ratio;
    }

    /// <summary>
    /// Allocates the lines over the first <paramref name="count"/> nodes of the set into the scratch plan: each line
    /// goes to the nodes with the cheapest per-unit part first. Nodes left without units are dropped.
    /// </summary>
    private bool FillSet(int count)
    {
        DestinationProblem p = _problem;
        int lines = p.LineCount;
        PlanBuffer plan = _tracker.Scratch;
        plan.Prepare(count, lines);
        EnsureSet(count);
        for (int i = 0; i < count; i++)
        {
            _room[i] = p.Candidates[_set[i]].Capacity;
        }

        for (int l = 0; l < lines; l++)
        {
            int need = p.MaxCoverage[l];
            while (need > 0)
            {
                int best = -1;
                for (int i = 0; i < count; i++)
                {
                    int c = _set[i];
                    int avail = p.CandidateLines[(c * lines) + l].Avail - plan.X[(i * lines) + l];
                    bool fits = p.LinesSplit ? avail > 0 && _room[i] > 0 : avail >= need && _room[i] >= need;
                    if (fits && (best < 0 || p.CandidateLines[(c * lines) + l].UnitPrimary < p.CandidateLines[(_set[best] * lines) + l].UnitPrimary))
                    {
                        best = i;
                    }
                }

                if (best < 0)
                {
                    break;
                }

                int available = p.CandidateLines[(_set[best] * lines) + l].Avail - plan.X[(best * lines) + l];
                int take = Math.Min(Math.Min(need, available), _room[best]);
                plan.X[(best * lines) + l] += take;
                _room[best] -= take;
                need -= take;
            }
        }

        int kept = 0;
        for (int i = 0; i < count; i++)
        {
            if (_room[i] == p.Candidates[_set[i]].Capacity)
            {
                continue;
            }

            if (kept != i)
            {
                Array.Copy(plan.X, i * lines, plan.X, kept * lines, lines);
            }

            plan.Slots[kept++] = _set[i];
        }

        plan.Count = kept;
        return kept > 0;
    }

    private void Improve()
    {
        for (int pass = 0; pass < ImprovementPasses; pass++)
        {
            if (!TryDrops() && !TrySwaps())
            {
                return;
            }
        }
    }

    private bool TryDrops()
    {
        int count = _current.Count;
        if (count < 2)
        {
            return false;
        }

        for (int drop = 0; drop < count; drop++)
        {
            int size = 0;
            EnsureSet(count);
            for (int i = 0; i < count; i++)
            {
                if (i != drop)
                {
                    _set[size++] = _current.Slots[i];
                }
            }

            if (TryCandidateSet(size))
            {
                return true;
            }
        }

        return false;
    }

    private bool TrySwaps()
    {
        int count = _current.Count;
        for (int replaced = 0; replaced < count; replaced++)
        {
            for (int j = 0; j < _poolCount; j++)
            {
                int alternative = _pool[j];
                if (_current.Contains(alternative))
                {
                    continue;
                }

                EnsureSet(count);
                for (int i = 0; i < count; i++)
                {
                    _set[i] = i == replaced ? alternative : _current.Slots[i];
                }

                if (TryCandidateSet(count))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool TryCandidateSet(int size)
    {
        _steps++;
        PlanBuffer scratch = _tracker.Scratch;
        if (!FillSet(size) || !_problem.Evaluate(scratch))
        {
            return false;
        }

        bool improves = _problem.Objective.Compare(scratch, _current) < 0;
        if (improves)
        {
            _current.CopyFrom(scratch, _problem.LineCount);
        }

        _tracker.Offer();
        return improves;
    }

    private void EnsureSet(int count)
    {
        if (_set.Length < count)
        {
            Array.Resize(ref _set, count * 2);
            Array.Resize(ref _room, count * 2);
        }
    }
}
