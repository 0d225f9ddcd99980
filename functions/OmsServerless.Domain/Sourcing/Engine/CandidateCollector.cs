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
        var scope = new Scope(context, group);
        for (int s = 0; s < touched; s++)
        {
            int node = _touched[s];
            _slotOfNode[node] = -1;
            Classify(in scope, problem, node, s * lines);
        }

        OutcomeCounts[(int)FilterOutcome.NoStock] += network.NodeCount - touched;
        Bound(problem);
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
        bool consumed = context.Draft.HasConsumed;
        int[] slotOfNode = _slotOfNode;
        int[] touchedNodes = _touched;
        int[] atp = _atp;
        int touched = 0;
        for (int l = 0; l < lines; l++)
        {
            int product = problem.LineProduct[l];
            if (context.State.StockOf(product) is not { } stock)
            {
                continue;
            }

            int[] nodes = stock.Nodes;
            int[] available = stock.Available;
            for (int j = 0; j < nodes.Length; j++)
            {
                int node = nodes[j];
                int slot = slotOfNode[node];
                if (slot < 0)
                {
                    slot = touched++;
                    slotOfNode[node] = slot;
                    touchedNodes[slot] = node;

                    // A loop, not Array.Clear: rows are a few ints, and this runs for every node holding stock.
                    int row = slot * lines;
                    for (int k = 0; k < lines; k++)
                    {
                        atp[row + k] = 0;
                    }
                }

                atp[(slot * lines) + l] = consumed ? available[j] - context.Draft.ConsumedStock(product, node) : available[j];
            }
        }

        return touched;
    }

    private void Classify(in Scope scope, DestinationProblem problem, int node, int atpRow)
    {
        int lines = problem.LineCount;
        int[] atp = _atp;
        int mostStock = 0;
        for (int l = 0; l < lines; l++)
        {
            mostStock = Math.Max(mostStock, atp[atpRow + l]);
        }

        if (mostStock <= 0)
        {
            OutcomeCounts[(int)FilterOutcome.NoStock]++;
            EmptyTouched.Add(node);
            return;
        }

        double chord = ChordDistance.ChordSquared(scope.X, scope.Y, scope.Z, scope.NodeX[node], scope.NodeY[node], scope.NodeZ[node]);
        int capacityLeft = scope.RemainingCapacity(node);
        int c = problem.CandidateCount;
        FilterOutcome outcome = scope.StaticOutcome[node];
        if (outcome == FilterOutcome.Eligible)
        {
            outcome =
                node == scope.Store ? FilterOutcome.DestinationStore
                : capacityLeft < scope.MinCapacity ? FilterOutcome.NoCapacity
                : chord > scope.MaxChordSquared ? FilterOutcome.BeyondMaxDistance
                : chord > scope.FarthestChordSquared ? FilterOutcome.NoCarrierService
                : StockOutcome(in scope, problem, node, atpRow, c);
        }

        if (outcome != FilterOutcome.Eligible)
        {
            Reject(node, outcome, chord, outcome == FilterOutcome.NoCapacity ? capacityLeft : mostStock);
            return;
        }

        AddCandidate(in scope, problem, node, chord, capacityLeft, c);
    }

    /// <summary>Fills the candidate's usable and available units per line; rejects it when attributes or safety stock leave nothing.</summary>
    private FilterOutcome StockOutcome(in Scope scope, DestinationProblem problem, int node, int atpRow, int c)
    {
        int lines = problem.LineCount;
        int[] atp = _atp;
        int[] lineAttributes = _lineAttributes;
        int[] usableUnits = problem.Usable;
        int[] availUnits = problem.Avail;
        int[] target = problem.Target;
        int excluded = scope.ExcludedAttributes[node];
        int safety = scope.SafetyStock[node];
        bool anyAllowed = false;
        bool anyUsable = false;
        int row = c * lines;
        for (int l = 0; l < lines; l++)
        {
            int units = atp[atpRow + l];
            int usable = units - safety;
            bool allowed = units > 0 && (lineAttributes[l] & excluded) == 0;
            anyAllowed |= allowed;
            if (!allowed || usable <= 0)
            {
                usableUnits[row + l] = 0;
                availUnits[row + l] = 0;
                continue;
            }

            anyUsable = true;
            usableUnits[row + l] = usable;
            availUnits[row + l] = Math.Min(usable, target[l]);
        }

        return anyUsable ? FilterOutcome.Eligible : anyAllowed ? FilterOutcome.BelowSafetyStock : FilterOutcome.SkuAttributeExcluded;
    }

    /// <summary>Fills what every search step reads; distance, zones and dates wait for <see cref="DestinationProblem.Detail(int)"/>.</summary>
    private static void AddCandidate(in Scope scope, DestinationProblem problem, int node, double chord, int capacityLeft, int c)
    {
        double inverseDaily = scope.InverseDailyCapacity[node];
        double utilization = inverseDaily > 0 ? Math.Clamp(1 - (capacityLeft * inverseDaily), 0, 1) : 1;
        double labor = scope.LaborPerUnit[node];
        int priority = scope.Priority[node];
        problem.Node[c] = node;
        problem.Capacity[c] = capacityLeft;
        problem.ChordSquared[c] = chord;
        problem.Labor[c] = labor;
        problem.Utilization[c] = utilization;
        problem.Priority[c] = priority;
        problem.Detailed[c] = false;
        double perUnit = (scope.LaborWeight * labor) + (scope.UtilizationWeight * utilization) + (scope.PriorityWeight * priority);
        double depthWeight = scope.DepthWeight;
        int[] usableUnits = problem.Usable;
        int[] availUnits = problem.Avail;
        double[] unitPrimary = problem.UnitPrimary;
        int lines = problem.LineCount;
        int row = c * lines;
        int covered = 0;
        double minUnit = double.MaxValue;
        for (int l = 0; l < lines; l++)
        {
            int usable = usableUnits[row + l];
            int avail = availUnits[row + l];
            covered += avail;
            double unit = usable > 0 ? perUnit + (depthWeight * Reciprocal(usable)) : 0;
            unitPrimary[row + l] = unit;
            if (avail > 0 && unit < minUnit)
            {
                minUnit = unit;
            }
        }

        problem.Covered[c] = Math.Min(covered, capacityLeft);
        problem.MinUnitPrimary[c] = minUnit;
        problem.CandidateCount = c + 1;
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

    /// <summary>The most each line (and the destination) can get: all eligible stock, or one node's when lines may not split.</summary>
    private static void Bound(DestinationProblem problem)
    {
        int lines = problem.LineCount;
        bool split = problem.LinesSplit;
        int byCapacity = 0;
        int bestSingle = 0;
        int[] maxCoverage = problem.MaxCoverage;
        int[] eligibleUnits = problem.EligibleUnits;
        double[] lineMinUnit = problem.LineMinUnitPrimary;
        int[] availUnits = problem.Avail;
        double[] unitPrimary = problem.UnitPrimary;
        int[] coveredUnits = problem.Covered;
        Array.Clear(maxCoverage, 0, lines);
        Array.Clear(eligibleUnits, 0, lines);
        Array.Fill(lineMinUnit, double.MaxValue, 0, lines);
        for (int c = 0; c < problem.CandidateCount; c++)
        {
            int row = c * lines;
            for (int l = 0; l < lines; l++)
            {
                int avail = availUnits[row + l];
                eligibleUnits[l] += avail;
                maxCoverage[l] = split ? maxCoverage[l] + avail : Math.Max(maxCoverage[l], avail);
                if (avail > 0 && unitPrimary[row + l] < lineMinUnit[l])
                {
                    lineMinUnit[l] = unitPrimary[row + l];
                }
            }

            int supplied = coveredUnits[c];
            byCapacity += supplied;
            bestSingle = Math.Max(bestSingle, supplied);
        }

        int byLines = 0;
        problem.LightestGrams = long.MaxValue;
        for (int l = 0; l < lines; l++)
        {
            problem.MaxCoverage[l] = Math.Min(problem.MaxCoverage[l], problem.Target[l]);
            byLines += problem.MaxCoverage[l];
            problem.LightestGrams = Math.Min(problem.LightestGrams, problem.LineGrams[l]);
        }

        problem.TargetUnits = problem.MaxShipments == 1 ? Math.Min(byLines, bestSingle) : Math.Min(byLines, byCapacity);
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
        public readonly double[] NodeX;
        public readonly double[] NodeY;
        public readonly double[] NodeZ;
        public readonly double[] InverseDailyCapacity;
        public readonly double[] LaborPerUnit;
        public readonly int[] Priority;
        public readonly int[] ExcludedAttributes;
        public readonly int[] SafetyStock;
        private readonly SourcingState _state;
        private readonly DecisionDraft _draft;
        private readonly bool _consumed;

        public Scope(DecisionContext context, DestinationGroup group)
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
            (NodeX, NodeY, NodeZ) = (context.Network.X, context.Network.Y, context.Network.Z);
            InverseDailyCapacity = context.Network.InverseDailyCapacity;
            LaborPerUnit = context.Network.LaborPerUnit;
            Priority = context.Network.Priority;
            ExcludedAttributes = context.Table.ExcludedAttributes;
            SafetyStock = context.Table.SafetyStock;
            _state = context.State;
            _draft = context.Draft;
            _consumed = context.Draft.HasConsumed;
        }

        public int RemainingCapacity(int node) =>
            _consumed ? _state.RemainingCapacityAt(node) - _draft.ConsumedCapacity(node) : _state.RemainingCapacityAt(node);
    }
}
