using OmsServerless.Domain.Sourcing.Decisions;

namespace OmsServerless.Domain.Sourcing.Search;

/// <summary>
/// Exhaustive search for small destinations: branch and bound over node combinations, by size (one shipment, then
/// two, ...) and within a size in ascending order of a per-node key (its cheapest possible parcel plus its cheapest
/// unit). Once a plan allocates every unit, only lower bounds are compared against it: weight floors (some parcel
/// carries a k-th of the weight and the heaviest unit), the cheapest per-unit part of every unit, the candidates
/// that could still cover a line left short, and, inside a combination, each parcel's floor price at the weight
/// assigned so far. Every bound is valid, so what is skipped cannot win: the result is optimal for the objective
/// among plans of at most the allowed number of shipments, unless the step budget runs out (reported as such).
/// </summary>
internal sealed class ExactSearch
{
    private readonly DeliveryRounds _rounds = new();
    private int[] _order = new int[64];
    private double[] _orderKey = new double[64];
    private int[] _chosen = new int[8];
    private int[] _coverage = new int[64];

    /// <summary>
    /// Per depth and line, the least per-unit part of the line among the nodes chosen so far that hold it (max value
    /// when none does); and per depth, the sum of their per-parcel bounds and the least of their weight extras. Kept
    /// as nodes are chosen, like the coverage, because most combinations are bounded and dropped as soon as they are
    /// complete, and recomputing these over every node of each one cost more than keeping them.
    /// </summary>
    private double[] _cheapestUnit = new double[64];
    private double[] _fixedBoundSum = new double[9];
    private double[] _leastHeavyExtra = new double[9];
    private int[] _x = new int[64];
    private int[] _nodeUnits = new int[8];
    private long[] _nodeGrams = new long[8];
    private double[] _nodeConstant = new double[8];
    private int[] _lineOrder = new int[16];
    private long[] _lineOrderWeight = new long[16];
    private double[] _remainingUnitBound = new double[17];
    private double _unitCost;
    private int[] _lineUnits = new int[16];
    private int[] _suffixAvail = new int[64];
    private double[] _minUnitPrimary = new double[16];

    private DestinationProblem _problem = null!;
    private PlanTracker _tracker = null!;
    private int _budget;
    private int _steps;
    private bool _exhausted;
    private int _k;
    private int _count;
    private int[] _lineStart = new int[16];
    private int[] _linePositions = new int[256];
    private double _unitBound;
    private double _dearestLineMin;
    private double _parcelWeightBound;
    private double[] _heavyExtra = new double[64];
    private long _totalGrams;
    private long _heaviestGrams;
    private long _lightestGrams;

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

    /// <summary>
    /// Single-node plans that can allocate everything come first: they need only their own details, and often the
    /// cheap bound then rules out every combination without looking at the other candidates. Combinations follow
    /// only when that bound allows; single-node plans that cannot allocate everything are tried last, and only when
    /// no plan allocates everything.
    /// </summary>
    private void SearchRound()
    {
        DestinationProblem p = _problem;
        ReadOnlySpan<int> active = _rounds.Active;
        int target = p.TargetUnits;
        foreach (int c in active)
        {
            if (p.Candidates[c].Covered >= target)
            {
                OfferSingle(c);
            }
        }

        int largest = Math.Min(p.MaxShipments, active.Length);
        if (largest >= 2 && !_exhausted)
        {
            _unitBound = UnitBound(active);
            MeasureWeights();
            bool full = _tracker.BestCovers(target);
            bool settled = full && (p.Objective.StopAtFirstFullShipmentCount || ParcelFloors(2) + _unitBound > PruningLimit());
            if (!settled)
            {
                SearchCombinations(active, largest);
            }
        }

        if (!_tracker.BestCovers(target))
        {
            foreach (int c in active)
            {
                if (p.Candidates[c].Covered < target)
                {
                    OfferSingle(c);
                }
            }
        }
    }

    private void OfferSingle(int c)
    {
        if (_problem.FillSingle(_tracker.Scratch, c) && _problem.Evaluate(_tracker.Scratch))
        {
            _tracker.Offer();
        }

        _steps++;
    }

    private void SearchCombinations(ReadOnlySpan<int> active, int largest)
    {
        _problem.Bound(active);
        Shortlist(active);
        largest = Math.Min(largest, _count);
        for (int k = 2; k <= largest && !_exhausted; k++)
        {
            bool full = _tracker.BestCovers(_problem.TargetUnits);
            if (full && _problem.Objective.StopAtFirstFullShipmentCount)
            {
                return;
            }

            _parcelWeightBound = ParcelWeightBound(_order.AsSpan(0, _count), k);
            if (full && SmallestBound(k) > PruningLimit())
            {
                return;
            }

            _k = k;
            EnsureDepth(k);
            Combine(0, 0, 0);
        }
    }

    /// <summary>
    /// Orders the candidates that could be part of a competitive combination by their per-parcel bound plus their
    /// cheapest unit (the ordering key). Once a plan
    /// allocates everything, a candidate whose own bound plus the cheapest possible second parcel and the unit bound
    /// already loses can be in no better combination of any size, so it is left out.
    /// </summary>
    private void Shortlist(ReadOnlySpan<int> active)
    {
        DestinationProblem p = _problem;
        if (_order.Length < active.Length)
        {
            _order = new int[Math.Max(active.Length, _order.Length * 2)];
            _orderKey = new double[_order.Length];
        }

        bool full = _tracker.BestCovers(p.TargetUnits);
        double limit = full ? PruningLimit() - LightParcelFloor() - _unitBound : double.MaxValue;
        _count = 0;
        foreach (int c in active)
        {
            if (p.Candidates[c].FixedBound <= limit)
            {
                _order[_count] = c;
                _orderKey[_count] = p.Candidates[c].FixedBound + p.Candidates[c].MinUnitPrimary;
                _count++;
            }
        }

        Array.Sort(_orderKey, _order, 0, _count);
        IndexPositionsByLine();
    }

    /// <summary>For each line, the positions in the order of candidates holding it, ascending.</summary>
    private void IndexPositionsByLine()
    {
        DestinationProblem p = _problem;
        int lines = p.LineCount;
        if (_lineStart.Length < lines + 1)
        {
            _lineStart = new int[(lines + 1) * 2];
        }

        if (_linePositions.Length < _count * lines)
        {
            _linePositions = new int[_count * lines * 2];
        }

        int next = 0;
        for (int l = 0; l < lines; l++)
        {
            _lineStart[l] = next;
            for (int i = 0; i < _count; i++)
            {
                if (p.CandidateLines[(_order[i] * lines) + l].Avail > 0)
                {
                    _linePositions[next++] = i;
                }
            }
        }

        _lineStart[lines] = next;
    }

    /// <summary>
    /// Total, heaviest-unit and lightest-unit weight of a full plan, for the parcel floors; and the order in which
    /// allocations assign lines, heaviest first, so that the weight-driven bound bites as early as possible.
    /// </summary>
    private void MeasureWeights()
    {
        DestinationProblem p = _problem;
        if (_lineOrder.Length < p.LineCount)
        {
            _lineOrder = new int[p.LineCount * 2];
            _lineOrderWeight = new long[p.LineCount * 2];
            _remainingUnitBound = new double[(p.LineCount * 2) + 1];
        }

        for (int l = 0; l < p.LineCount; l++)
        {
            _lineOrder[l] = l;
            _lineOrderWeight[l] = -p.MaxCoverage[l] * p.LineGrams[l];
        }

        Array.Sort(_lineOrderWeight, _lineOrder, 0, p.LineCount);
        _totalGrams = 0;
        _heaviestGrams = 0;
        _lightestGrams = long.MaxValue;
        for (int l = 0; l < p.LineCount; l++)
        {
            if (p.MaxCoverage[l] > 0)
            {
                _totalGrams += p.MaxCoverage[l] * p.LineGrams[l];
                _heaviestGrams = Math.Max(_heaviestGrams, p.LineGrams[l]);
                _lightestGrams = Math.Min(_lightestGrams, p.LineGrams[l]);
            }
        }
    }

    /// <summary>
    /// The least per-parcel part of any full plan with <paramref name="k"/> parcels, from weight alone: one parcel
    /// weighs at least a k-th of the total and at least the heaviest unit, every other parcel at least the lightest
    /// unit, and each costs at least the cheapest price anywhere for its weight.
    /// </summary>
    private double ParcelFloors(int k)
    {
        long heavy = Math.Max(_heaviestGrams, (_totalGrams + k - 1) / k);
        return ParcelFloor(heavy) + ((k - 1) * LightParcelFloor());
    }

    private double LightParcelFloor() => ParcelFloor(_lightestGrams);

    private double ParcelFloor(long grams)
    {
        DestinationProblem p = _problem;
        double price = p.Rates.FloorPriceAnywhere(grams);
        return price == double.MaxValue ? double.PositiveInfinity : p.Objective.PrimaryCoefficients[0] * (price + p.Handling);
    }

    /// <summary>Every unit of a full plan at the cheapest per-unit part any active candidate offers for its line.</summary>
    private double UnitBound(ReadOnlySpan<int> active)
    {
        DestinationProblem p = _problem;
        int lines = p.LineCount;
        if (_minUnitPrimary.Length < lines)
        {
            _minUnitPrimary = new double[Math.Max(lines, _minUnitPrimary.Length * 2)];
        }

        if (active.Length == p.CandidateCount)
        {
            // Every candidate is active (always so without delivery-date rounds): the collector has the minima.
            Array.Copy(p.LineMinUnitPrimary, _minUnitPrimary, lines);
        }
        else
        {
            FindMinUnitPrimary(active);
        }

        double bound = 0;
        _dearestLineMin = 0;
        for (int l = 0; l < lines; l++)
        {
            if (p.MaxCoverage[l] > 0)
            {
                bound += p.MaxCoverage[l] * _minUnitPrimary[l];
                _dearestLineMin = Math.Max(_dearestLineMin, _minUnitPrimary[l]);
            }
        }

        return bound;
    }

    private void FindMinUnitPrimary(ReadOnlySpan<int> active)
    {
        DestinationProblem p = _problem;
        int lines = p.LineCount;
        Array.Fill(_minUnitPrimary, double.MaxValue, 0, lines);
        foreach (int c in active)
        {
            int row = c * lines;
            for (int l = 0; l < lines; l++)
            {
                if (p.CandidateLines[row + l].Avail > 0 && p.CandidateLines[row + l].UnitPrimary < _minUnitPrimary[l])
                {
                    _minUnitPrimary[l] = p.CandidateLines[row + l].UnitPrimary;
                }
            }
        }
    }

    /// <summary>
    /// The unit bound to add to the ordering keys of a k-node combination. Each key already counts its node's
    /// cheapest unit (every node ships at least one), so k units come off the per-line bound, each at most the
    /// dearest line minimum.
    /// </summary>
    private double NodeUnitBound(int k) => _unitBound - (k * _dearestLineMin);

    /// <summary>
    /// What weight adds to the per-parcel bounds (which assume only the lightest unit) of any full plan with
    /// <paramref name="k"/> parcels: some parcel weighs at least a k-th of the total and at least the heaviest unit,
    /// so it costs at least the floor price for that weight from its node. Records each candidate's extra for
    /// <see cref="CombinationBound"/> and returns the least, which holds for any combination.
    /// </summary>
    private double ParcelWeightBound(ReadOnlySpan<int> candidates, int k)
    {
        DestinationProblem p = _problem;
        if (_heavyExtra.Length < p.CandidateCount)
        {
            _heavyExtra = new double[Math.Max(p.CandidateCount, _heavyExtra.Length * 2)];
        }

        double coefficient = p.Objective.PrimaryCoefficients[0];
        long grams = Math.Max(_heaviestGrams, (_totalGrams + k - 1) / k);
        double least = double.PositiveInfinity;
        foreach (int c in candidates)
        {
            double floor = p.Rates.FloorPrice(p.ZonesOf(c), grams);
            double extra = coefficient == 0 ? 0
                : floor == double.MaxValue ? double.PositiveInfinity
                : coefficient * (floor - p.Candidates[c].LightFloorPrice);
            _heavyExtra[c] = extra;
            least = Math.Min(least, extra);
        }

        return least;
    }

    /// <summary>The better of two bounds for k parcels: the k smallest per-parcel bounds plus weight, or the weight floors.</summary>
    private double SmallestBound(int k)
    {
        double sum = NodeUnitBound(k) + _parcelWeightBound;
        for (int i = 0; i < k; i++)
        {
            sum += _orderKey[i];
        }

        return Math.Max(sum, ParcelFloors(k) + _unitBound);
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
            _nodeGrams = new long[k * 2];
            _nodeConstant = new double[k * 2];
            _fixedBoundSum = new double[(k + 1) * 2];
            _leastHeavyExtra = new double[(k + 1) * 2];
        }

        if (_coverage.Length < (k + 1) * lines)
        {
            _coverage = new int[(k + 1) * lines * 2];
            _cheapestUnit = new double[(k + 1) * lines * 2];
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
        Array.Fill(_cheapestUnit, double.MaxValue, 0, lines);
        _fixedBoundSum[0] = 0;
        _leastHeavyExtra[0] = double.PositiveInfinity;
    }

    /// <summary>
    /// Chooses the node at <paramref name="depth"/> among the ordered candidates from <paramref name="start"/>. For the
    /// last node of a combination that must allocate everything, only candidates holding the scarcest line the
    /// earlier nodes leave short are visited: no other candidate could complete the combination.
    /// </summary>
    private void Combine(int depth, int start, double fixedSum)
    {
        int remainingAfter = _k - depth - 1;
        if (remainingAfter == 0 && _tracker.BestCovers(_problem.TargetUnits) && ShortLine(depth) is var line and >= 0)
        {
            ReadOnlySpan<int> positions = _linePositions.AsSpan(_lineStart[line], _lineStart[line + 1] - _lineStart[line]);
            int first = positions.BinarySearch(start);
            for (int j = first < 0 ? ~first : first; j < positions.Length; j++)
            {
                if (!Visit(depth, positions[j], fixedSum, remainingAfter))
                {
                    return;
                }
            }

            return;
        }

        for (int i = start; i <= _count - remainingAfter - 1; i++)
        {
            if (!Visit(depth, i, fixedSum, remainingAfter))
            {
                return;
            }
        }
    }

    /// <summary>Tries the candidate at position <paramref name="i"/> of the order at <paramref name="depth"/>; false stops the level (pruned or out of budget).</summary>
    private bool Visit(int depth, int i, double fixedSum, int remainingAfter)
    {
        if (_exhausted)
        {
            return false;
        }

        DestinationProblem p = _problem;
        double key = _orderKey[i];
        if (_tracker.BestCovers(p.TargetUnits) && fixedSum + (key * (remainingAfter + 1)) + NodeUnitBound(_k) + _parcelWeightBound > PruningLimit())
        {
            return false;
        }

        int lines = p.LineCount;
        int c = _order[i];
        _chosen[depth] = c;
        int from = depth * lines;
        int to = from + lines;
        for (int l = 0; l < lines; l++)
        {
            CandidateLine line = p.CandidateLines[(c * lines) + l];
            _coverage[to + l] = p.LinesSplit ? _coverage[from + l] + line.Avail : Math.Max(_coverage[from + l], line.Avail);
            _cheapestUnit[to + l] = line.Avail > 0 ? Math.Min(_cheapestUnit[from + l], line.UnitPrimary) : _cheapestUnit[from + l];
        }

        _fixedBoundSum[depth + 1] = _fixedBoundSum[depth] + p.Candidates[c].FixedBound;
        _leastHeavyExtra[depth + 1] = Math.Min(_leastHeavyExtra[depth], _heavyExtra[c]);

        if (++_steps > _budget)
        {
            _exhausted = true;
            return false;
        }

        if (remainingAfter == 0)
        {
            TryCombination(to);
        }
        else if (!_tracker.BestCovers(p.TargetUnits) || fixedSum + key + RestBound(depth + 1, i, remainingAfter) + NodeUnitBound(_k) + _parcelWeightBound <= PruningLimit())
        {
            Combine(depth + 1, i + 1, fixedSum + key);
        }

        return true;
    }

    /// <summary>
    /// The least total per-parcel bound of the <paramref name="remaining"/> nodes still to choose after position
    /// <paramref name="i"/>: one of them must hold the line the first <paramref name="depth"/> nodes leave short
    /// whose cheapest later holder is dearest, and every other one costs at least the next candidate in the order.
    /// </summary>
    private double RestBound(int depth, int i, int remaining) =>
        PartnerKey(depth, i) + ((remaining - 1) * _orderKey[Math.Min(i + 1, _count - 1)]);

    /// <summary>
    /// The least per-parcel bound of a node after position <paramref name="i"/> that the combination could not do
    /// without: for every line the first <paramref name="depth"/> nodes leave short, the cheapest later candidate
    /// holding it (the order is by bound, so that is the first one), and the dearest of those.
    /// </summary>
    private double PartnerKey(int depth, int i)
    {
        DestinationProblem p = _problem;
        int row = depth * p.LineCount;
        double partner = 0;
        for (int l = 0; l < p.LineCount; l++)
        {
            if (_coverage[row + l] >= p.MaxCoverage[l])
            {
                continue;
            }

            ReadOnlySpan<int> positions = _linePositions.AsSpan(_lineStart[l], _lineStart[l + 1] - _lineStart[l]);
            int next = positions.BinarySearch(i + 1);
            next = next < 0 ? ~next : next;
            if (next == positions.Length)
            {
                return double.PositiveInfinity;
            }

            partner = Math.Max(partner, _orderKey[positions[next]]);
        }

        return partner > 0 ? partner : _orderKey[Math.Min(i + 1, _count - 1)];
    }

    /// <summary>The line the first <paramref name="depth"/> nodes leave furthest from full that the fewest candidates hold, or -1.</summary>
    private int ShortLine(int depth)
    {
        DestinationProblem p = _problem;
        int lines = p.LineCount;
        int row = depth * lines;
        int shortest = -1;
        for (int l = 0; l < lines; l++)
        {
            if (_coverage[row + l] < p.MaxCoverage[l] &&
                (shortest < 0 || _lineStart[l + 1] - _lineStart[l] < _lineStart[shortest + 1] - _lineStart[shortest]))
            {
                shortest = l;
            }
        }

        return shortest;
    }

    private void TryCombination(int coverageRow)
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

        if (_tracker.BestCovers(p.TargetUnits) && CombinationBound(coverageRow) > PruningLimit())
        {
            return;
        }

        for (int l = 0; l < lines; l++)
        {
            int suffix = 0;
            for (int i = _k - 1; i >= 0; i--)
            {
                _suffixAvail[(i * lines) + l] = suffix;
                suffix += p.CandidateLines[(_chosen[i] * lines) + l].Avail;
            }
        }

        PrepareAllocationBound(coverageRow);
        Array.Clear(_x, 0, _k * lines);
        Array.Clear(_nodeUnits, 0, _k);
        Array.Clear(_nodeGrams, 0, _k);
        _unitCost = 0;
        AssignLine(0);
    }

    /// <summary>Per-node constant parcel parts and, per position in the line order, the cheapest possible cost of the lines still to assign.</summary>
    private void PrepareAllocationBound(int combinationRow)
    {
        DestinationProblem p = _problem;
        int lines = p.LineCount;
        ref readonly CriteriaValues primary = ref p.Objective.PrimaryCoefficients;
        for (int i = 0; i < _k; i++)
        {
            _nodeConstant[i] = (primary[0] * p.Handling) + (primary[2] * p.Candidates[_chosen[i]].Km);
        }

        _remainingUnitBound[lines] = 0;
        for (int position = lines - 1; position >= 0; position--)
        {
            int l = _lineOrder[position];
            double cheapest = _lineUnits[l] > 0 ? _cheapestUnit[combinationRow + l] : 0;
            _remainingUnitBound[position] = _remainingUnitBound[position + 1] + (_lineUnits[l] * cheapest);
        }
    }

    /// <summary>
    /// A bound on every completion of the current partial allocation: each node's parcel at the floor price for the
    /// weight it already carries (at least the lightest unit), the per-unit parts assigned so far, and the cheapest
    /// per-unit parts of the lines still to assign.
    /// </summary>
    private double AllocationBound(int position)
    {
        DestinationProblem p = _problem;
        double coefficient = p.Objective.PrimaryCoefficients[0];
        double bound = _unitCost + _remainingUnitBound[position];
        for (int i = 0; i < _k; i++)
        {
            // A parcel no heavier than the lightest unit costs the floor its candidate's bound already looked up; early
            // in an allocation most nodes have none of the lines assigned so far.
            int c = _chosen[i];
            double floor = _nodeGrams[i] <= p.LightestGrams ? p.Candidates[c].LightFloorPrice : p.Rates.FloorPrice(p.ZonesOf(c), _nodeGrams[i]);
            if (floor == double.MaxValue)
            {
                return double.PositiveInfinity;
            }

            bound += _nodeConstant[i] + (coefficient * floor);
        }

        return bound;
    }

    /// <summary>
    /// The combination's per-parcel bounds, the least weight extra among its own nodes (one of them carries the
    /// heavy parcel), and each allocated unit at the cheapest per-unit part among its nodes.
    /// </summary>
    private double CombinationBound(int combinationRow)
    {
        int lines = _problem.LineCount;
        double bound = _fixedBoundSum[_k] + _leastHeavyExtra[_k];
        for (int l = 0; l < lines; l++)
        {
            if (_lineUnits[l] == 0)
            {
                continue;
            }

            bound += _lineUnits[l] * _cheapestUnit[combinationRow + l];
        }

        return bound;
    }

    private void AssignLine(int position)
    {
        if (_exhausted)
        {
            return;
        }

        DestinationProblem p = _problem;
        int lines = p.LineCount;
        if (position == lines)
        {
            OfferAllocation();
            return;
        }

        if (position > 0 && _tracker.BestCovers(p.TargetUnits) && AllocationBound(position) > PruningLimit())
        {
            return;
        }

        int line = _lineOrder[position];
        int units = _lineUnits[line];
        if (units == 0)
        {
            AssignLine(position + 1);
            return;
        }

        if (p.LinesSplit)
        {
            Distribute(position, line, 0, units);
            return;
        }

        for (int i = 0; i < _k; i++)
        {
            int c = _chosen[i];
            if (p.CandidateLines[(c * lines) + line].Avail >= units && _nodeUnits[i] + units <= p.Candidates[c].Capacity)
            {
                Assign(i, line, units);
                AssignLine(position + 1);
                Assign(i, line, -units);
            }
        }
    }

    private void Distribute(int position, int line, int i, int remaining)
    {
        DestinationProblem p = _problem;
        int lines = p.LineCount;
        int c = _chosen[i];
        int avail = p.CandidateLines[(c * lines) + line].Avail;
        int room = p.Candidates[c].Capacity - _nodeUnits[i];
        int high = Math.Min(Math.Min(avail, remaining), room);
        int low = i == _k - 1 ? remaining : Math.Max(0, remaining - _suffixAvail[(i * lines) + line]);
        for (int quantity = high; quantity >= low && !_exhausted; quantity--)
        {
            Assign(i, line, quantity);
            if (remaining - quantity == 0)
            {
                AssignLine(position + 1);
            }
            else if (i < _k - 1)
            {
                Distribute(position, line, i + 1, remaining - quantity);
            }

            Assign(i, line, -quantity);
        }
    }

    /// <summary>Adds (or, negative, removes) units of a line at the i-th node of the combination.</summary>
    private void Assign(int i, int line, int quantity)
    {
        DestinationProblem p = _problem;
        int lines = p.LineCount;
        _x[(i * lines) + line] += quantity;
        _nodeUnits[i] += quantity;
        _nodeGrams[i] += quantity * p.LineGrams[line];
        _unitCost += quantity * p.CandidateLines[(_chosen[i] * lines) + line].UnitPrimary;
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
