using OmsServerless.Domain.Sourcing.Decisions;

namespace OmsServerless.Domain.Sourcing.Search;

/// <summary>
/// Exhaustive search for small destinations. Node combinations are enumerated by size (one shipment, then two, ...)
/// and, within a size, in ascending order of their per-parcel lower bound. Once a plan allocates every unit, a
/// combination whose lower bound (per-parcel bounds of its nodes plus the cheapest per-unit part of every unit)
/// cannot beat it is skipped, and so is every later one of that size because the order is ascending. Within a
/// surviving combination every allocation of units to its nodes is tried, so the result is optimal for the
/// objective among plans of at most the allowed number of shipments.
/// </summary>
internal sealed class ExactSearch
{
    private readonly DeliveryRounds _rounds = new();
    private int[] _order = new int[64];
    private double[] _orderKey = new double[64];
    private int[] _chosen = new int[8];
    private int[] _coverage = new int[64];
    private int[] _x = new int[64];
    private int[] _nodeUnits = new int[8];
    private int[] _lineUnits = new int[16];
    private int[] _suffixAvail = new int[64];
    private double[] _minUnitPrimary = new double[16];

    private DestinationProblem _problem = null!;
    private PlanTracker _tracker = null!;
    private int _budget;
    private int _steps;
    private bool _exhausted;
    private int _k;
    private double _unitBound;
    private double _parcelWeightBound;

    public SearchResult Run(DestinationProblem problem, PlanTracker tracker, int budget)
    {
        _problem = problem;
        _tracker = tracker;
        _budget = budget;
        _steps = 0;
        _exhausted = false;
        _rounds.Plan(problem);
        for (int round = 0; round < _rounds.Count && !_exhausted; round++)
        {
            _rounds.Select(problem, round);
            SearchRound();
            if (tracker.BestCovers(problem.TargetUnits))
            {
                break;
            }
        }

        return new SearchResult(_exhausted ? SearchMode.ExactBudgetExceeded : SearchMode.Exact, _steps);
    }

    private void SearchRound()
    {
        ReadOnlySpan<int> active = _rounds.Active;
        foreach (int c in active)
        {
            if (_problem.FillSingle(_tracker.Scratch, c) && _problem.Evaluate(_tracker.Scratch))
            {
                _tracker.Offer();
            }

            _steps++;
        }

        int largest = Math.Min(_problem.MaxShipments, active.Length);
        if (largest < 2)
        {
            return;
        }

        PrepareOrder(active);
        for (int k = 2; k <= largest && !_exhausted; k++)
        {
            bool full = _tracker.BestCovers(_problem.TargetUnits);
            if (full && _problem.Objective.StopAtFirstFullShipmentCount)
            {
                return;
            }

            _parcelWeightBound = full ? ParcelWeightBound(active, k) : 0;
            if (full && SmallestBound(k) > PruningLimit())
            {
                return;
            }

            _k = k;
            EnsureDepth(k);
            Combine(0, 0, 0);
        }
    }

    private void PrepareOrder(ReadOnlySpan<int> active)
    {
        DestinationProblem p = _problem;
        int lines = p.LineCount;
        if (_order.Length < active.Length)
        {
            _order = new int[Math.Max(active.Length, _order.Length * 2)];
            _orderKey = new double[_order.Length];
        }

        if (_minUnitPrimary.Length < lines)
        {
            _minUnitPrimary = new double[Math.Max(lines, _minUnitPrimary.Length * 2)];
        }

        Array.Fill(_minUnitPrimary, double.MaxValue, 0, lines);
        for (int i = 0; i < active.Length; i++)
        {
            int c = active[i];
            _order[i] = c;
            _orderKey[i] = p.FixedBound[c];
            for (int l = 0; l < lines; l++)
            {
                if (p.Avail[(c * lines) + l] > 0)
                {
                    _minUnitPrimary[l] = Math.Min(_minUnitPrimary[l], p.UnitPrimary[(c * lines) + l]);
                }
            }
        }

        Array.Sort(_orderKey, _order, 0, active.Length);
        _unitBound = 0;
        for (int l = 0; l < lines; l++)
        {
            if (p.MaxCoverage[l] > 0)
            {
                _unitBound += p.MaxCoverage[l] * _minUnitPrimary[l];
            }
        }
    }

    /// <summary>
    /// What weight adds to the per-parcel bounds of any full plan with <paramref name="k"/> parcels: some parcel
    /// carries the heaviest unit, and some parcel carries at least a k-th of the total weight, so some parcel costs
    /// at least the cheapest price for that weight from its node, not just its node's cheapest tier.
    /// </summary>
    private double ParcelWeightBound(ReadOnlySpan<int> active, int k)
    {
        DestinationProblem p = _problem;
        double coefficient = p.Objective.PrimaryCoefficients[0];
        if (coefficient == 0)
        {
            return 0;
        }

        long total = 0;
        long heaviest = 0;
        for (int l = 0; l < p.LineCount; l++)
        {
            if (p.MaxCoverage[l] > 0)
            {
                total += p.MaxCoverage[l] * p.LineGrams[l];
                heaviest = Math.Max(heaviest, p.LineGrams[l]);
            }
        }

        long grams = Math.Max(heaviest, (total + k - 1) / k);
        double least = double.MaxValue;
        foreach (int c in active)
        {
            ReadOnlySpan<int> zones = p.ZonesOf(c);
            if (p.Rates.TryQuote(zones, grams, Shipping.ServiceLevel.Cheapest, out _, out double price, out _))
            {
                least = Math.Min(least, price - p.Rates.CheapestPossiblePrice(zones));
            }
        }

        return least == double.MaxValue ? double.PositiveInfinity : coefficient * least;
    }

    private double SmallestBound(int k)
    {
        double sum = _unitBound + _parcelWeightBound;
        for (int i = 0; i < k; i++)
        {
            sum += _orderKey[i];
        }

        return sum;
    }

    private double PruningLimit()
    {
        double best = _tracker.Best.Metrics.Primary;
        return best + _problem.Objective.PruningMargin(best);
    }

    private void EnsureDepth(int k)
    {
        int lines = _problem.LineCount;
        if (_chosen.Length < k)
        {
            _chosen = new int[k * 2];
            _nodeUnits = new int[k * 2];
        }

        if (_coverage.Length < (k + 1) * lines)
        {
            _coverage = new int[(k + 1) * lines * 2];
        }

        if (_x.Length < k * lines)
        {
            _x = new int[k * lines * 2];
            _suffixAvail = new int[k * lines * 2];
        }

        if (_lineUnits.Length < lines)
        {
            _lineUnits = new int[lines * 2];
        }

        Array.Clear(_coverage, 0, lines);
    }

    /// <summary>Chooses the node at <paramref name="depth"/> among the ordered candidates from <paramref name="start"/>.</summary>
    private void Combine(int depth, int start, double fixedSum)
    {
        DestinationProblem p = _problem;
        int lines = p.LineCount;
        int remainingAfter = _k - depth - 1;
        int count = _rounds.ActiveCount;
        for (int i = start; i <= count - remainingAfter - 1; i++)
        {
            if (_exhausted)
            {
                return;
            }

            double key = _orderKey[i];
            bool full = _tracker.BestCovers(p.TargetUnits);
            if (full && fixedSum + (key * (remainingAfter + 1)) + _unitBound + _parcelWeightBound > PruningLimit())
            {
                return;
            }

            int c = _order[i];
            _chosen[depth] = c;
            int from = depth * lines;
            int to = from + lines;
            for (int l = 0; l < lines; l++)
            {
                int avail = p.Avail[(c * lines) + l];
                _coverage[to + l] = p.LinesSplit ? _coverage[from + l] + avail : Math.Max(_coverage[from + l], avail);
            }

            if (++_steps > _budget)
            {
                _exhausted = true;
                return;
            }

            if (remainingAfter > 0)
            {
                Combine(depth + 1, i + 1, fixedSum + key);
            }
            else
            {
                TryCombination(to, fixedSum + key);
            }
        }
    }

    private void TryCombination(int coverageRow, double fixedSum)
    {
        DestinationProblem p = _problem;
        int lines = p.LineCount;
        int units = 0;
        for (int l = 0; l < lines; l++)
        {
            _lineUnits[l] = Math.Min(p.Target[l], _coverage[coverageRow + l]);
            units += _lineUnits[l];
        }

        if (_tracker.HasBest && units < _tracker.Best.Metrics.Units)
        {
            return;
        }

        if (_tracker.BestCovers(p.TargetUnits) && CombinationBound(fixedSum) > PruningLimit())
        {
            return;
        }

        for (int l = 0; l < lines; l++)
        {
            int suffix = 0;
            for (int i = _k - 1; i >= 0; i--)
            {
                _suffixAvail[(i * lines) + l] = suffix;
                suffix += p.Avail[(_chosen[i] * lines) + l];
            }
        }

        Array.Clear(_x, 0, _k * lines);
        Array.Clear(_nodeUnits, 0, _k);
        AssignLine(0);
    }

    /// <summary>The combination's per-parcel bounds plus each allocated unit at the cheapest per-unit part among its nodes.</summary>
    private double CombinationBound(double fixedSum)
    {
        DestinationProblem p = _problem;
        int lines = p.LineCount;
        double bound = fixedSum + _parcelWeightBound;
        for (int l = 0; l < lines; l++)
        {
            if (_lineUnits[l] == 0)
            {
                continue;
            }

            double cheapest = double.MaxValue;
            for (int i = 0; i < _k; i++)
            {
                int at = (_chosen[i] * lines) + l;
                if (p.Avail[at] > 0)
                {
                    cheapest = Math.Min(cheapest, p.UnitPrimary[at]);
                }
            }

            bound += _lineUnits[l] * cheapest;
        }

        return bound;
    }

    private void AssignLine(int line)
    {
        if (_exhausted)
        {
            return;
        }

        DestinationProblem p = _problem;
        int lines = p.LineCount;
        if (line == lines)
        {
            OfferAllocation();
            return;
        }

        int units = _lineUnits[line];
        if (units == 0)
        {
            AssignLine(line + 1);
            return;
        }

        if (p.LinesSplit)
        {
            Distribute(line, 0, units);
            return;
        }

        for (int i = 0; i < _k; i++)
        {
            int c = _chosen[i];
            if (p.Avail[(c * lines) + line] >= units && _nodeUnits[i] + units <= p.Capacity[c])
            {
                _x[(i * lines) + line] = units;
                _nodeUnits[i] += units;
                AssignLine(line + 1);
                _nodeUnits[i] -= units;
                _x[(i * lines) + line] = 0;
            }
        }
    }

    private void Distribute(int line, int i, int remaining)
    {
        DestinationProblem p = _problem;
        int lines = p.LineCount;
        int c = _chosen[i];
        int avail = p.Avail[(c * lines) + line];
        int room = p.Capacity[c] - _nodeUnits[i];
        int high = Math.Min(Math.Min(avail, remaining), room);
        int low = Math.Max(0, remaining - _suffixAvail[(i * lines) + line]);
        if (i == _k - 1)
        {
            low = remaining;
        }

        for (int quantity = high; quantity >= low && !_exhausted; quantity--)
        {
            _x[(i * lines) + line] = quantity;
            _nodeUnits[i] += quantity;
            if (i == _k - 1 || remaining - quantity == 0)
            {
                if (remaining - quantity == 0)
                {
                    AssignLine(line + 1);
                }
            }
            else
            {
                Distribute(line, i + 1, remaining - quantity);
            }

            _nodeUnits[i] -= quantity;
            _x[(i * lines) + line] = 0;
        }
    }

    private void OfferAllocation()
    {
        for (int i = 0; i < _k; i++)
        {
            if (_nodeUnits[i] == 0)
            {
                return;
            }
        }

        if (++_steps > _budget)
        {
            _exhausted = true;
            return;
        }

        DestinationProblem p = _problem;
        int lines = p.LineCount;
        PlanBuffer plan = _tracker.Scratch;
        plan.Prepare(_k, lines);
        Array.Copy(_chosen, plan.Slots, _k);
        Array.Copy(_x, plan.X, _k * lines);
        if (p.Evaluate(plan))
        {
            _tracker.Offer();
        }
    }
}
