using OmsServerless.Domain.Shipping;
using OmsServerless.Domain.Sourcing.Decisions;
using OmsServerless.Domain.Sourcing.Search;

namespace OmsServerless.Domain.Sourcing.Engine;

/// <summary>
/// Turns a destination's lines into a <see cref="DestinationProblem"/>. Only nodes holding stock of some line are
/// visited (found through each SKU's stock arrays), so "no stock" is the first filter and is counted in bulk; the
/// other filters run in the order of <see cref="FilterOutcome"/> and the first one a node fails is recorded. This runs
/// for every node holding stock on every decision, so everything that does not change per node is looked up once.
/// </summary>
internal sealed class CandidateCollector
{
    private int[] _slotOfNode = [];
    private int[] _touched = new int[64];
    private int[] _atp = new int[256];
    private int[] _lineAttributes = new int[16];
    private int[] _lineOf = new int[16];

    /// <summary>Units all candidates together, and the best single candidate, could send: the destination's bounds when lines may split or not.</summary>
    private int _suppliedByAll;
    private int _suppliedBySingle;

    public int RejectedCount { get; private set; }

    public int[] RejectedNode { get; private set; } = new int[64];

    public FilterOutcome[] RejectedOutcome { get; private set; } = new FilterOutcome[64];

    public double[] RejectedChord { get; private set; } = new double[64];

    /// <summary>The number behind a rejection, for its explanation: capacity left, or the largest stock it held.</summary>
    public int[] RejectedValue { get; private set; } = new int[64];

    public int[] OutcomeCounts { get; } = new int[Enum.GetValues<FilterOutcome>().Length];

    /// <summary>Nodes with stock of the ordered SKUs but no available units (only inbound, or used by earlier lines); listed as "no stock".</summary>
    public List<int> EmptyTouched { get; } = [];

    public void Collect(DecisionContext context, DestinationProblem problem, DestinationGroup group)
    {
        SourcingNetwork network = context.Network;
        PrepareLines(context, problem, group);
        int lines = problem.LineCount;
        EnsureNodes(network.NodeCount, lines);
        int touched = Touch(context, problem, lines);
        problem.Carriers = network.Rates.CarrierCount;
        problem.PrepareCandidates(touched);
        problem.CandidateCount = 0;
        RejectedCount = 0;
        EmptyTouched.Clear();
        Array.Clear(OutcomeCounts);
        StartBounds(problem);
        var scope = new Scope(context, problem, group);
        for (int s = 0; s < touched; s++)
        {
            int node = _touched[s];
            _slotOfNode[node] = -1;
            Classify(in scope, problem, node, s * lines);
        }

        OutcomeCounts[(int)FilterOutcome.NoStock] += network.NodeCount - touched;
        FinishBounds(problem);
    }

    /// <summary>Merges the group's request lines by SKU into search lines and records which request lines each one covers.</summary>
    private void PrepareLines(DecisionContext context, DestinationProblem problem, DestinationGroup group)
    {
        int requestLines = group.Lines.Count;
        problem.PrepareLines(requestLines);
        if (_lineAttributes.Length < requestLines)
        {
            _lineAttributes = new int[requestLines * 2];
            _lineOf = new int[requestLines * 2];
        }

        int lines = 0;
        for (int i = 0; i < requestLines; i++)
        {
            int requestLine = group.Lines[i];
            int product = context.LineProduct[requestLine];
            int l = Array.IndexOf(problem.LineProduct, product, 0, lines);
            if (l < 0)
            {
                l = lines++;
                Catalog.Product catalogProduct = context.Network.ProductAt(product);
                problem.LineProduct[l] = product;
                problem.Target[l] = 0;
                problem.LineGrams[l] = context.Network.ProductWeightGrams[product];
                problem.LinePrice[l] = context.Network.ProductPrice[product];
                _lineAttributes[l] =
                    (catalogProduct.Hazmat ? EligibilityTable.AttributeMask(Rules.SkuAttribute.Hazmat) : 0) |
                    (catalogProduct.Oversize ? EligibilityTable.AttributeMask(Rules.SkuAttribute.Oversize) : 0);
            }

            problem.Target[l] += context.Request.Lines[requestLine].Quantity;
            _lineOf[i] = l;
        }

        problem.LineCount = lines;
        int next = 0;
        for (int l = 0; l < lines; l++)
        {
            problem.MemberStart[l] = next;
            for (int i = 0; i < requestLines; i++)
            {
                if (_lineOf[i] == l)
                {
                    problem.Members[next++] = group.Lines[i];
                }
            }
        }

        problem.MemberStart[lines] = next;
    }

    private void EnsureNodes(int nodeCount, int lines)
    {
        if (_slotOfNode.Length < nodeCount)
        {
            _slotOfNode = new int[nodeCount];
            Array.Fill(_slotOfNode, -1);
        }

        if (_touched.Length < nodeCount)
        {
            _touched = new int[nodeCount];
            RejectedNode = new int[nodeCount];
            RejectedOutcome = new FilterOutcome[nodeCount];
            RejectedChord = new double[nodeCount];
            RejectedValue = new int[nodeCount];
        }

        if (_atp.Length < nodeCount * lines)
        {
            _atp = new int[nodeCount * lines];
        }
    }

    /// <summary>Gives every node holding stock of some line a slot, with its available units per line after this decision's earlier allocations.</summary>
    private int Touch(DecisionContext context, DestinationProblem problem, int lines)
    {
        int touched = 0;
        int rows = 0;
        for (int l = 0; l < lines; l++)
        {
            rows += context.State.StockOf(problem.LineProduct[l])?.Nodes.Length ?? 0;
        }

        // Every slot's row starts at zero (lines a node does not hold); clearing the most rows the lines could touch
        // up front is one short fill, and lets the per-node loop run without a branch for nodes it meets again.
        Array.Clear(_atp, 0, Math.Min(rows, context.Network.NodeCount) * lines);
        for (int l = 0; l < lines; l++)
        {
            int product = problem.LineProduct[l];
            if (context.State.StockOf(product) is not { } stock)
            {
                continue;
            }

            touched = touched == 0
                ? TouchFirstLine(stock.Nodes, stock.Available, l, lines)
                : TouchLine(stock.Nodes, stock.Available, l, lines, touched);
            if (context.Draft.HasConsumed)
            {
                SubtractConsumed(context.Draft, product, stock.Nodes, l, lines);
            }
        }

        return touched;
    }

    /// <summary>Records the first line's available units per node: every node is new, so its slot is its position in the stock arrays.</summary>
    private int TouchFirstLine(int[] nodes, int[] available, int line, int lines)
    {
        int[] slotOfNode = _slotOfNode;
        int[] touchedNodes = _touched;
        int[] atp = _atp;
        for (int j = 0; j < nodes.Length; j++)
        {
            slotOfNode[nodes[j]] = j;
            touchedNodes[j] = nodes[j];
            atp[(j * lines) + line] = available[j];
        }

        return nodes.Length;
    }

    /// <summary>
    /// Records one line's available units per node, giving nodes met for the first time the next slot. Whether a node
    /// is new follows no pattern the processor could predict, so the slot is chosen arithmetically: untouched nodes'
    /// slots are -1, whose sign bit picks the next slot.
    /// </summary>
    private int TouchLine(int[] nodes, int[] available, int line, int lines, int touched)
    {
        int[] slotOfNode = _slotOfNode;
        int[] touchedNodes = _touched;
        int[] atp = _atp;
        for (int j = 0; j < nodes.Length; j++)
        {
            int node = nodes[j];
            int slot = slotOfNode[node];
            int isNew = slot >>> 31;
            slot += isNew * (touched + 1);
            touched += isNew;
            slotOfNode[node] = slot;
            touchedNodes[slot] = node;
            atp[(slot * lines) + line] = available[j];
        }

        return touched;
    }

    private void SubtractConsumed(DecisionDraft draft, int product, int[] nodes, int line, int lines)
    {
        for (int j = 0; j < nodes.Length; j++)
        {
            _atp[(_slotOfNode[nodes[j]] * lines) + line] -= draft.ConsumedStock(product, nodes[j]);
        }
    }

    private void Classify(in Scope scope, DestinationProblem problem, int node, int atpRow)
    {
        int lines = problem.LineCount;
        int[] atp = _atp;
        int mostStock = 0;
        for (int l = 0; l < lines; l++)
        {
            mostStock = Larger(mostStock, atp[atpRow + l]);
        }

        if (mostStock <= 0)
        {
            OutcomeCounts[(int)FilterOutcome.NoStock]++;
            EmptyTouched.Add(node);
            return;
        }

        ref readonly NodeProfile profile = ref scope.Profiles[node];
        double chord = ChordDistance.ChordSquared(scope.X, scope.Y, scope.Z, profile.X, profile.Y, profile.Z);
        int capacityLeft = scope.RemainingCapacity(node);
        FilterOutcome outcome = scope.StaticOutcome[node];
        if (outcome == FilterOutcome.Eligible)
        {
            outcome =
                node == scope.Store ? FilterOutcome.DestinationStore
                : capacityLeft < scope.MinCapacity ? FilterOutcome.NoCapacity
                : chord > scope.MaxChordSquared ? FilterOutcome.BeyondMaxDistance
                : chord > scope.FarthestChordSquared ? FilterOutcome.NoCarrierService
                : FillCandidate(in scope, problem, node, in profile, atpRow, chord, capacityLeft);
        }

        if (outcome != FilterOutcome.Eligible)
        {
            Reject(node, outcome, chord, outcome == FilterOutcome.NoCapacity ? capacityLeft : mostStock);
        }
    }

    /// <summary>
    /// Fills the next candidate slot with the node's usable and available units per line and what every search step
    /// reads (distance, zones, dates and per-parcel bounds wait for <see cref="DestinationProblem.Detail(int)"/> and
    /// <see cref="DestinationProblem.Bound(int)"/>), and adds it to the destination's bounds; it becomes a candidate
    /// only when attributes and safety stock leave it something to send.
    /// One pass over the lines does all of it because this runs for every node that passes the other filters: a node
    /// rejected here has no available units, so what it added to the bounds is nothing.
    /// </summary>
    private FilterOutcome FillCandidate(in Scope scope, DestinationProblem problem, int node, in NodeProfile profile, int atpRow, double chord, int capacityLeft)
    {
        int c = problem.CandidateCount;
        double inverseDaily = profile.InverseDailyCapacity;
        double utilization = inverseDaily > 0 ? Math.Clamp(1 - (capacityLeft * inverseDaily), 0, 1) : 1;
        double labor = profile.LaborPerUnit;
        int priority = profile.Priority;
        double perUnit = (scope.LaborWeight * labor) + (scope.UtilizationWeight * utilization) + (scope.PriorityWeight * priority);
        double depthWeight = scope.DepthWeight;
        int excluded = scope.ExcludedAttributes[node];
        int safety = scope.SafetyStock[node];
        bool split = scope.LinesSplit;
        int[] atp = _atp;
        int[] lineAttributes = _lineAttributes;
        int[] target = problem.Target;
        CandidateLine[] candidateLines = problem.CandidateLines;
        int[] eligibleUnits = problem.EligibleUnits;
        int[] maxCoverage = problem.MaxCoverage;
        double[] lineMinUnit = problem.LineMinUnitPrimary;
        int lines = problem.LineCount;
        int row = c * lines;
        bool anyAllowed = false;
        bool anyUsable = false;
        int covered = 0;
        double minUnit = double.MaxValue;
        for (int l = 0; l < lines; l++)
        {
            int units = atp[atpRow + l];
            int usable = units - safety;
            bool allowed = units > 0 && (lineAttributes[l] & excluded) == 0;
            anyAllowed |= allowed;
            if (!allowed || usable <= 0)
            {
                candidateLines[row + l] = default;
                continue;
            }

            anyUsable = true;
            int avail = Math.Min(usable, target[l]);
            double unit = perUnit + (depthWeight * Reciprocal(usable));
            candidateLines[row + l] = new CandidateLine(usable, avail, unit);
            covered += avail;
            minUnit = Math.Min(minUnit, unit);
            eligibleUnits[l] += avail;
            maxCoverage[l] = split ? maxCoverage[l] + avail : Math.Max(maxCoverage[l], avail);
            if (unit < lineMinUnit[l])
            {
                lineMinUnit[l] = unit;
            }
        }

        if (!anyUsable)
        {
            return anyAllowed ? FilterOutcome.BelowSafetyStock : FilterOutcome.SkuAttributeExcluded;
        }

        int supplied = Math.Min(covered, capacityLeft);
        _suppliedByAll += supplied;
        _suppliedBySingle = Math.Max(_suppliedBySingle, supplied);
        ref Candidate candidate = ref problem.Candidates[c];
        candidate.Node = node;
        candidate.Capacity = capacityLeft;
        candidate.Covered = supplied;
        candidate.Detailed = false;
        candidate.Bounded = false;
        candidate.ChordSquared = chord;
        candidate.Labor = labor;
        candidate.Utilization = utilization;
        candidate.Priority = priority;
        candidate.MinUnitPrimary = minUnit;
        problem.CandidateCount = c + 1;
        return FilterOutcome.Eligible;
    }

    /// <summary>
    /// The larger of two stock levels without a jump: inside a loop the JIT compiles <see cref="Math.Max(int, int)"/>
    /// to one, and which line a node holds most of is too random for the processor to predict. The difference is
    /// taken in 64 bits, so it cannot overflow.
    /// </summary>
    private static int Larger(int a, int b)
    {
        long difference = (long)b - a;
        return a + (int)(difference & ~(difference >> 63));
    }

    /// <summary>1/n from a table for the small stock levels nearly every node has; a division is several times slower.</summary>
    private static double Reciprocal(int n) => n < Reciprocals.Length ? Reciprocals[n] : 1.0 / n;

    private static readonly double[] Reciprocals = [.. Enumerable.Range(0, 1024).Select(n => n == 0 ? 0 : 1.0 / n)];

    private void Reject(int node, FilterOutcome outcome, double chord, int value)
    {
        OutcomeCounts[(int)outcome]++;
        RejectedNode[RejectedCount] = node;
        RejectedOutcome[RejectedCount] = outcome;
        RejectedChord[RejectedCount] = chord;
        RejectedValue[RejectedCount] = value;
        RejectedCount++;
    }

    private void StartBounds(DestinationProblem problem)
    {
        int lines = problem.LineCount;
        Array.Clear(problem.MaxCoverage, 0, lines);
        Array.Clear(problem.EligibleUnits, 0, lines);
        Array.Fill(problem.LineMinUnitPrimary, double.MaxValue, 0, lines);
        _suppliedByAll = 0;
        _suppliedBySingle = 0;
    }

    /// <summary>The most each line (and the destination) can get: all eligible stock, or one node's when lines may not split.</summary>
    private void FinishBounds(DestinationProblem problem)
    {
        int byLines = 0;
        problem.LightestGrams = long.MaxValue;
        for (int l = 0; l < problem.LineCount; l++)
        {
            problem.MaxCoverage[l] = Math.Min(problem.MaxCoverage[l], problem.Target[l]);
            byLines += problem.MaxCoverage[l];
            problem.LightestGrams = Math.Min(problem.LightestGrams, problem.LineGrams[l]);
        }

        problem.TargetUnits = problem.MaxShipments == 1 ? Math.Min(byLines, _suppliedBySingle) : Math.Min(byLines, _suppliedByAll);
    }

    /// <summary>What classifying a node for this destination reads that does not depend on the node.</summary>
    private readonly struct Scope
    {
        public readonly FilterOutcome[] StaticOutcome;
        public readonly double X;
        public readonly double Y;
        public readonly double Z;
        public readonly int Store;
        public readonly int MinCapacity;
        public readonly double MaxChordSquared;
        public readonly double FarthestChordSquared;
        public readonly double LaborWeight;
        public readonly double UtilizationWeight;
        public readonly double DepthWeight;
        public readonly double PriorityWeight;
        public readonly NodeProfile[] Profiles;
        public readonly int[] ExcludedAttributes;
        public readonly int[] SafetyStock;
        public readonly bool LinesSplit;
        private readonly SourcingState _state;
        private readonly DecisionDraft _draft;
        private readonly bool _consumed;

        public Scope(DecisionContext context, DestinationProblem problem, DestinationGroup group)
        {
            ref readonly CriteriaValues primary = ref context.Objective.PrimaryCoefficients;
            StaticOutcome = context.Table.OutcomesFor(context.Request.Channel, group.OriginMethod);
            (X, Y, Z, Store) = (group.X, group.Y, group.Z, group.Store);
            MinCapacity = Math.Max(1, context.RuleSet.Eligibility.MinRemainingCapacity);
            MaxChordSquared = context.Table.MaxChordSquared;
            FarthestChordSquared = context.Network.Rates.FarthestChordSquared;
            LaborWeight = primary[(int)Rules.RankingCriterion.LaborCost];
            UtilizationWeight = primary[(int)Rules.RankingCriterion.CapacityUtilization];
            DepthWeight = primary[(int)Rules.RankingCriterion.StockDepth];
            PriorityWeight = primary[(int)Rules.RankingCriterion.Priority];
            Profiles = context.Network.Profiles;
            ExcludedAttributes = context.Table.ExcludedAttributes;
            SafetyStock = context.Table.SafetyStock;
            LinesSplit = problem.LinesSplit;
            _state = context.State;
            _draft = context.Draft;
            _consumed = context.Draft.HasConsumed;
        }

        public int RemainingCapacity(int node) =>
            _consumed ? _state.RemainingCapacityAt(node) - _draft.ConsumedCapacity(node) : _state.RemainingCapacityAt(node);
    }
}
