using System.Globalization;
using OmsServerless.Domain.Network;
using OmsServerless.Domain.Shipping;
using OmsServerless.Domain.Sourcing.Decisions;
using OmsServerless.Domain.Sourcing.Rules;
using OmsServerless.Domain.Sourcing.Search;

namespace OmsServerless.Domain.Sourcing.Engine;

/// <summary>
/// Writes a destination's explanation within the rule set's size cap: the chosen and runner-up nodes, the best other
/// eligible ones, the nearest rejected ones, and a count per rejection rule covering every node. Networks no larger
/// than the cap list every node, including those without stock.
/// </summary>
internal sealed class ExplanationWriter
{
    private readonly PlanBuffer _single = new();
    private readonly List<int> _listed = [];
    private int[] _pick = new int[16];
    private double[] _pickKey = new double[16];
    private readonly string?[] _attributeTexts = new string?[Enum.GetValues<NodeType>().Length];
    private EligibilityRules? _attributeTextsRules;

    public DestinationExplanation Write(
        DecisionContext context,
        DestinationGroup group,
        DestinationProblem problem,
        CandidateCollector collector,
        PlanTracker tracker,
        SearchResult search,
        string[] shipmentIds)
    {
        int cap = context.RuleSet.Explanation.MaxCandidates;
        bool listAll = context.Network.NodeCount <= cap;
        var candidates = new List<CandidateExplanation>();
        List<int> listed = _listed;
        listed.Clear();
        if (tracker.HasBest)
        {
            for (int i = 0; i < tracker.Best.Count; i++)
            {
                AddEligible(context, problem, tracker.Best.Slots[i], shipmentIds[i], candidates, listed);
            }
        }

        if (tracker.HasRunnerUp)
        {
            for (int i = 0; i < tracker.RunnerUp.Count && candidates.Count < Math.Max(cap, listed.Count); i++)
            {
                AddEligible(context, problem, tracker.RunnerUp.Slots[i], null, candidates, listed);
            }
        }

        int others = BestOthers(problem, listed, listAll ? problem.CandidateCount : cap - candidates.Count);
        for (int i = 0; i < others; i++)
        {
            AddEligible(context, problem, _pick[i], null, candidates, listed);
        }

        AddRejected(context, group, collector, listAll ? collector.RejectedCount : cap, candidates);
        if (listAll)
        {
            AddNodesWithoutStock(context, problem, collector, candidates);
        }

        return new DestinationExplanation(
            group.Label,
            search.Mode,
            search.Steps,
            problem.CandidateCount,
            candidates,
            Rejections(context, group, collector),
            Compare(context, problem, tracker));
    }

    private void AddEligible(DecisionContext context, DestinationProblem problem, int c, string? shipmentId, List<CandidateExplanation> candidates, List<int> listed)
    {
        if (listed.Contains(c))
        {
            return;
        }

        listed.Add(c);
        problem.Detail(c);
        PlanCriteria? criteria = null;
        double? score = null;
        if (problem.FillSingle(_single, c))
        {
            if (problem.Evaluate(_single))
            {
                criteria = Criteria(_single.Metrics);
                score = context.Objective.Weighted ? Rounding.Score(_single.Metrics.Score) : null;
            }
        }

        candidates.Add(new CandidateExplanation(
            context.Network.NodeAt(problem.Candidates[c].Node).NodeId,
            FilterOutcome.Eligible,
            null,
            null,
            Rounding.Km(problem.Candidates[c].Km),
            problem.Candidates[c].Covered,
            criteria,
            score,
            shipmentId));
    }

    /// <summary>Picks (into the pick buffer) the eligible candidates not yet listed that could send the most units alone, nearest first; returns how many.</summary>
    private int BestOthers(DestinationProblem problem, List<int> listed, int room)
    {
        if (room <= 0)
        {
            return 0;
        }

        // Ranking every candidate and dropping the few already listed afterwards picks the same nodes in the same
        // order as skipping them while ranking, without searching the listed ones for each of hundreds of candidates.
        int wanted = room + listed.Count;
        if (_pick.Length < wanted)
        {
            _pick = new int[wanted];
            _pickKey = new double[wanted];
        }

        int picked = 0;
        for (int c = 0; c < problem.CandidateCount; c++)
        {
            // Coverage dominates: squared chords are at most 4, so one more unit outweighs any distance.
            Insert(c, (-problem.Candidates[c].Covered * 8.0) + problem.Candidates[c].ChordSquared, ref picked, wanted);
        }

        int kept = 0;
        for (int i = 0; i < picked && kept < room; i++)
        {
            if (!listed.Contains(_pick[i]))
            {
                _pick[kept++] = _pick[i];
            }
        }

        return kept;
    }

    private void Insert(int item, double key, ref int count, int room)
    {
        int at = count;
        if (count < room)
        {
            count++;
        }
        else if (key >= _pickKey[room - 1])
        {
            return;
        }
        else
        {
            at = room - 1;
        }

        while (at > 0 && _pickKey[at - 1] > key)
        {
            _pick[at] = _pick[at - 1];
            _pickKey[at] = _pickKey[at - 1];
            at--;
        }

        _pick[at] = item;
        _pickKey[at] = key;
    }

    private void AddRejected(DecisionContext context, DestinationGroup group, CandidateCollector collector, int room, List<CandidateExplanation> candidates)
    {
        room = Math.Min(room, collector.RejectedCount);
        if (room <= 0)
        {
            return;
        }

        if (_pick.Length < room)
        {
            _pick = new int[room];
            _pickKey = new double[room];
        }

        int picked = 0;
        for (int r = 0; r < collector.RejectedCount; r++)
        {
            Insert(r, collector.RejectedChord[r], ref picked, room);
        }

        for (int i = 0; i < picked; i++)
        {
            int r = _pick[i];
            int nodeIndex = collector.RejectedNode[r];
            FulfillmentNode node = context.Network.NodeAt(nodeIndex);
            FilterOutcome outcome = collector.RejectedOutcome[r];
            double km = ChordDistance.KmFromChordSquared(collector.RejectedChord[r]);
            candidates.Add(new CandidateExplanation(
                node.NodeId,
                outcome,
                context.Table.RuleOf(outcome, context.Request.Channel, group.OriginMethod, node.Type),
                Detail(context, group, nodeIndex, node, outcome, km, collector.RejectedValue[r]),
                Rounding.Km(km),
                0,
                null,
                null,
                null));
        }
    }

    private static void AddNodesWithoutStock(DecisionContext context, DestinationProblem problem, CandidateCollector collector, List<CandidateExplanation> candidates)
    {
        var seen = new HashSet<int>(collector.RejectedNode.Take(collector.RejectedCount));
        for (int c = 0; c < problem.CandidateCount; c++)
        {
            seen.Add(problem.Candidates[c].Node);
        }

        for (int n = 0; n < context.Network.NodeCount; n++)
        {
            if (seen.Contains(n))
            {
                continue;
            }

            candidates.Add(new CandidateExplanation(
                context.Network.NodeAt(n).NodeId,
                FilterOutcome.NoStock,
                "stock",
                collector.EmptyTouched.Contains(n) ? "no available units left of the ordered SKUs" : "holds none of the ordered SKUs",
                0,
                0,
                null,
                null,
                null));
        }
    }

    private string Detail(DecisionContext context, DestinationGroup group, int nodeIndex, FulfillmentNode node, FilterOutcome outcome, double km, int value)
    {
        EligibilityRules rules = context.RuleSet.Eligibility;
        return outcome switch
        {
            FilterOutcome.NodeTypeNotAllowed => string.Create(CultureInfo.InvariantCulture, $"{RuleSetValidator.JsonName(node.Type)} nodes may not serve {RuleSetValidator.JsonName(group.OriginMethod)} for the {RuleSetValidator.JsonName(context.Request.Channel)} channel"),
            FilterOutcome.ExcludedNode => "listed in excludedNodes",
            FilterOutcome.ExcludedRegion => string.Create(CultureInfo.InvariantCulture, $"region '{node.Region}' / '{node.Address.Region}' is excluded"),
            FilterOutcome.MissingCapability => "the node cannot ship",
            FilterOutcome.DestinationStore => "is the store the parcel goes to",
            FilterOutcome.NoCapacity => string.Create(CultureInfo.InvariantCulture, $"{value} units of capacity left; the rule needs at least {Math.Max(1, rules.MinRemainingCapacity)}"),
            FilterOutcome.BeyondMaxDistance => string.Create(CultureInfo.InvariantCulture, $"{km:0.0} km is beyond the {rules.MaxDistanceKm:0.#} km limit"),
            FilterOutcome.NoCarrierService => string.Create(CultureInfo.InvariantCulture, $"{km:0.0} km is beyond every carrier's zones"),
            FilterOutcome.SkuAttributeExcluded => AttributeExclusionText(rules, node.Type),
            FilterOutcome.BelowSafetyStock => string.Create(CultureInfo.InvariantCulture, $"at most {value} available, all held back as safety stock ({context.Table.SafetyStock[nodeIndex]})"),
            _ => outcome.ToString(),
        };
    }

    /// <summary>
    /// The attribute exclusion text for a node type, kept until the rule set changes: the nearest rejected nodes are
    /// often stores refused hazmat or oversize items, and joining the exclusions' names anew for each is costly.
    /// </summary>
    private string AttributeExclusionText(EligibilityRules rules, NodeType type)
    {
        if (!ReferenceEquals(_attributeTextsRules, rules))
        {
            Array.Clear(_attributeTexts);
            _attributeTextsRules = rules;
        }

        return _attributeTexts[(int)type] ??= string.Create(CultureInfo.InvariantCulture, $"{RuleSetValidator.JsonName(type)} nodes may not ship the ordered {string.Join("/", rules.AttributeExclusions.Where(e => e.NodeType == type).SelectMany(e => e.Attributes).Select(RuleSetValidator.JsonName))} items");
    }

    private static List<RejectionCount> Rejections(DecisionContext context, DestinationGroup group, CandidateCollector collector)
    {
        var counts = new List<RejectionCount>();
        for (int o = 0; o < collector.OutcomeCounts.Length; o++)
        {
            var outcome = (FilterOutcome)o;
            int count = collector.OutcomeCounts[o];
            if (outcome == FilterOutcome.Eligible || count == 0)
            {
                continue;
            }

            string rule = outcome == FilterOutcome.SkuAttributeExcluded
                ? "eligibility.attributeExclusions"
                : context.Table.RuleOf(outcome, context.Request.Channel, group.OriginMethod, NodeType.Store);
            counts.Add(new RejectionCount(outcome, rule, count));
        }

        return counts;
    }

    private static PlanComparison? Compare(DecisionContext context, DestinationProblem problem, PlanTracker tracker)
    {
        if (!tracker.HasBest)
        {
            return null;
        }

        PlanSummary chosen = Summary(context, problem, tracker.Best);
        if (!tracker.HasRunnerUp)
        {
            return new PlanComparison(chosen, null, "onlyPlan", "no other feasible plan was found");
        }

        string reason = ComparisonNarrator.Explain(context.Objective, tracker.Best, tracker.RunnerUp, out string decidedBy);
        return new PlanComparison(chosen, Summary(context, problem, tracker.RunnerUp), decidedBy, reason);
    }

    private static PlanSummary Summary(DecisionContext context, DestinationProblem problem, PlanBuffer plan)
    {
        string[] nodes = new string[plan.Count];
        for (int i = 0; i < plan.Count; i++)
        {
            nodes[i] = context.Network.NodeAt(problem.Candidates[plan.Slots[i]].Node).NodeId;
        }

        ref readonly PlanMetrics m = ref plan.Metrics;
        return new PlanSummary(
            nodes,
            m.Units,
            m.Shipments,
            DateOnly.FromDayNumber(m.LatestDay),
            Rounding.Money(m.TotalCost),
            Criteria(m),
            context.Objective.Weighted ? Rounding.Score(m.Score) : null);
    }

    private static PlanCriteria Criteria(in PlanMetrics m) => new(
        Rounding.Money(m.Criteria[0]),
        Rounding.Money(m.Criteria[1]),
        Rounding.Km(m.Criteria[2]),
        Rounding.Score(m.Criteria[3]),
        Rounding.Score(m.Criteria[4]),
        Rounding.Score(m.Criteria[5]));
}
