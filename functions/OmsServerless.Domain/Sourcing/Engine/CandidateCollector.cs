using OmsServerless.Domain.Shipping;
using OmsServerless.Domain.Sourcing.Decisions;
using OmsServerless.Domain.Sourcing.Search;

namespace OmsServerless.Domain.Sourcing.Engine;

/// <summary>
/// Turns a destination's lines into a <see cref="DestinationProblem"/>. Only nodes holding stock of some line are
/// visited (found through each SKU's stock arrays), so "no stock" is the first filter and is counted in bulk; the
/// other filters run in the order of <see cref="FilterOutcome"/> and the first one a node fails is recorded.
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

    /// <summary>Nodes (of any eligibility) holding available stock of some line of the destination.</summary>
    public int NodesWithStock { get; private set; }

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
        NodesWithStock = 0;
        EmptyTouched.Clear();
        Array.Clear(OutcomeCounts);
        for (int s = 0; s < touched; s++)
        {
            int node = _touched[s];
            _slotOfNode[node] = -1;
            Classify(context, problem, group, node, s * lines);
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
                int slot = _slotOfNode[node];
                if (slot < 0)
                {
                    slot = touched++;
                    _slotOfNode[node] = slot;
                    _touched[slot] = node;
                    Array.Clear(_atp, slot * lines, lines);
                }

                _atp[(slot * lines) + l] = available[j] - context.Draft.ConsumedStock(product, node);
            }
        }

        return touched;
    }

    private void Classify(DecisionContext context, DestinationProblem problem, DestinationGroup group, int node, int atpRow)
    {
        SourcingNetwork network = context.Network;
        int lines = problem.LineCount;
        int mostStock = 0;
        for (int l = 0; l < lines; l++)
        {
            mostStock = Math.Max(mostStock, _atp[atpRow + l]);
        }

        if (mostStock <= 0)
        {
            OutcomeCounts[(int)FilterOutcome.NoStock]++;
            EmptyTouched.Add(node);
            return;
        }

        NodesWithStock++;
        double chord = ChordDistance.ChordSquared(group.X, group.Y, group.Z, network.X[node], network.Y[node], network.Z[node]);
        FilterOutcome outcome = context.Table.OutcomesFor(context.Request.Channel, group.OriginMethod)[node];
        int capacityLeft = context.State.RemainingCapacityAt(node) - context.Draft.ConsumedCapacity(node);
        if (outcome == FilterOutcome.Eligible)
        {
            outcome =
                node == group.Store ? FilterOutcome.DestinationStore
                : capacityLeft < Math.Max(1, context.RuleSet.Eligibility.MinRemainingCapacity) ? FilterOutcome.NoCapacity
                : chord > context.Table.MaxChordSquared ? FilterOutcome.BeyondMaxDistance
                : FilterOutcome.Eligible;
        }

        int c = problem.CandidateCount;
        if (outcome == FilterOutcome.Eligible)
        {
            Span<int> zones = problem.Zones.AsSpan(c * problem.Carriers, problem.Carriers);
            bool anyCarrier = false;
            for (int k = 0; k < zones.Length; k++)
            {
                zones[k] = network.Rates.ZoneForChordSquared(k, chord);
                anyCarrier |= zones[k] >= 0;
            }

            outcome = anyCarrier ? StockOutcome(context, problem, node, atpRow, c) : FilterOutcome.NoCarrierService;
        }

        if (outcome != FilterOutcome.Eligible)
        {
            Reject(node, outcome, chord, outcome == FilterOutcome.NoCapacity ? capacityLeft : mostStock);
            return;
        }

        AddCandidate(context, problem, node, chord, capacityLeft, c);
    }

    /// <summary>Fills the candidate's usable and available units per line; rejects it when attributes or safety stock leave nothing.</summary>
    private FilterOutcome StockOutcome(DecisionContext context, DestinationProblem problem, int node, int atpRow, int c)
    {
        int lines = problem.LineCount;
        int excluded = context.Table.ExcludedAttributes[node];
        int safety = context.Table.SafetyStock[node];
        bool anyAllowed = false;
        bool anyUsable = false;
        for (int l = 0; l < lines; l++)
        {
            int atp = _atp[atpRow + l];
            int at = (c * lines) + l;
            int usable = atp - safety;
            bool allowed = atp > 0 && (_lineAttributes[l] & excluded) == 0;
            anyAllowed |= allowed;
            if (!allowed || usable <= 0)
            {
                problem.Usable[at] = 0;
                problem.Avail[at] = 0;
                continue;
            }

            anyUsable = true;
            problem.Usable[at] = usable;
            problem.Avail[at] = Math.Min(usable, problem.Target[l]);
        }

        return anyUsable ? FilterOutcome.Eligible : anyAllowed ? FilterOutcome.BelowSafetyStock : FilterOutcome.SkuAttributeExcluded;
    }

    private void AddCandidate(DecisionContext context, DestinationProblem problem, int node, double chord, int capacityLeft, int c)
    {
        SourcingNetwork network = context.Network;
        Network.FulfillmentNode fulfillmentNode = network.NodeAt(node);
        ReadOnlySpan<int> zones = problem.ZonesOf(c);
        ref readonly CriteriaValues primary = ref context.Objective.PrimaryCoefficients;
        int daily = fulfillmentNode.DailyCapacity;
        double utilization = daily > 0 ? Math.Clamp(1 - (capacityLeft / (double)daily), 0, 1) : 1;
        double km = ChordDistance.KmFromChordSquared(chord);
        int shipDay = context.Days.ShipDay(node);
        problem.Node[c] = node;
        problem.Capacity[c] = capacityLeft;
        problem.Km[c] = km;
        problem.ShipDay[c] = shipDay;
        problem.FastestDay[c] = shipDay + network.Rates.FewestPossibleTransitDays(zones);
        problem.Labor[c] = network.LaborPerUnit[node];
        problem.Utilization[c] = utilization;
        problem.Priority[c] = fulfillmentNode.Priority;
        problem.FixedBound[c] = (primary[0] * (network.Rates.CheapestPossiblePrice(zones) + problem.Handling)) + (primary[2] * km);
        double perUnit = (primary[1] * problem.Labor[c]) + (primary[3] * utilization) + (primary[5] * fulfillmentNode.Priority);
        int lines = problem.LineCount;
        for (int l = 0; l < lines; l++)
        {
            int at = (c * lines) + l;
            problem.UnitPrimary[at] = problem.Usable[at] > 0 ? perUnit + (primary[4] / problem.Usable[at]) : 0;
        }

        problem.CandidateCount = c + 1;
    }

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
        Array.Clear(problem.MaxCoverage, 0, lines);
        Array.Clear(problem.EligibleUnits, 0, lines);
        for (int c = 0; c < problem.CandidateCount; c++)
        {
            int total = 0;
            for (int l = 0; l < lines; l++)
            {
                int avail = problem.Avail[(c * lines) + l];
                total += avail;
                problem.EligibleUnits[l] += avail;
                problem.MaxCoverage[l] = split ? problem.MaxCoverage[l] + avail : Math.Max(problem.MaxCoverage[l], avail);
            }

            int supplied = Math.Min(total, problem.Capacity[c]);
            byCapacity += supplied;
            bestSingle = Math.Max(bestSingle, supplied);
        }

        int byLines = 0;
        for (int l = 0; l < lines; l++)
        {
            problem.MaxCoverage[l] = Math.Min(problem.MaxCoverage[l], problem.Target[l]);
            byLines += problem.MaxCoverage[l];
        }

        problem.TargetUnits = problem.MaxShipments == 1 ? Math.Min(byLines, bestSingle) : Math.Min(byLines, byCapacity);
    }
}
