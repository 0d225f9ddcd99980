using System.Globalization;
using OmsServerless.Domain.Network;
using OmsServerless.Domain.Shipping;
using OmsServerless.Domain.Sourcing.Decisions;
using OmsServerless.Domain.Sourcing.Rules;
using OmsServerless.Domain.Sourcing.Search;

namespace OmsServerless.Domain.Sourcing.Engine;

/// <summary>
/// Sources the lines of one destination: collects candidates, runs the exact search when the destination is small
/// enough (falling back to the heuristic's plan when the exact search runs out of budget or cannot allocate every
/// unit it might), commits the best plan to the draft and explains it.
/// </summary>
internal static class DestinationSolver
{
    public static void Solve(DecisionContext context, SourcingWorkspace workspace, DestinationGroup group)
    {
        SourcingRuleSet rules = context.RuleSet;
        DestinationProblem problem = workspace.Problem;
        problem.Rates = context.Network.Rates;
        problem.Objective = context.Objective;
        problem.Days = context.Days;
        problem.Policy = rules.Split.Policy;
        problem.MaxShipments = MaxShipments(rules.Split, group.Lines.Count);
        problem.Handling = (double)rules.Costs.HandlingPerShipment;
        problem.MinShipmentValue = (double)rules.Split.MinShipmentValue;
        workspace.Collector.Collect(context, problem, group);

        PlanTracker tracker = workspace.Tracker;
        tracker.Reset(context.Objective);
        SearchResult search = problem.TargetUnits > 0 ? Search(rules.Search, problem, workspace, tracker) : new SearchResult(SearchMode.None, 0);
        FindComparableRunnerUp(problem, workspace, tracker);
        int[] left = [.. group.Lines.Select(line => context.Request.Lines[line].Quantity)];
        string[] shipmentIds = tracker.HasBest ? Commit(context, group, problem, tracker.Best, left) : [];
        RecordMissing(context, group, problem, left);
        context.Draft.Destinations.Add(workspace.Writer.Write(context, group, problem, workspace.Collector, tracker, search, shipmentIds));
        context.Draft.RecordMode(search.Mode);
    }

    private static int MaxShipments(SplitRules split, int lines) => split.Policy switch
    {
        SplitPolicy.NoSplit => 1,
        SplitPolicy.SplitByLine => Math.Min(split.MaxShipments ?? lines, lines),
        _ => split.MaxShipments ?? int.MaxValue,
    };

    private static SearchResult Search(SearchSettings settings, DestinationProblem problem, SourcingWorkspace workspace, PlanTracker tracker)
    {
        int units = 0;
        for (int l = 0; l < problem.LineCount; l++)
        {
            units += problem.Target[l];
        }

        if (problem.LineCount > settings.ExactMaxLines || units > settings.ExactMaxUnits)
        {
            return workspace.Heuristic.Run(problem, tracker);
        }

        SearchResult exact = workspace.Exact.Run(problem, tracker, settings.ExactBudget);
        if (exact.Mode == SearchMode.Exact && tracker.BestCovers(problem.TargetUnits))
        {
            return exact;
        }

        // Out of budget, or the exact search allocated less than the bound (capacity, shipment limits): the heuristic
        // handles such cases differently, so keep whichever plan is better and say which search found it.
        PlanBuffer? before = tracker.HasBest ? tracker.Best : null;
        SearchResult heuristic = workspace.Heuristic.Run(problem, tracker);
        bool heuristicWon = tracker.HasBest && !ReferenceEquals(before, tracker.Best);
        SearchMode mode = exact.Mode == SearchMode.Exact && heuristicWon ? SearchMode.Heuristic : exact.Mode;
        return new SearchResult(mode, exact.Steps + heuristic.Steps);
    }

    /// <summary>
    /// A search that stops early (fewest parcels first, fastest first, or pruning) may only have met plans that
    /// allocate fewer units, which makes a poor comparison. Then the heuristic answers "what without the chosen
    /// nodes?" and its plan becomes the runner-up the explanation compares against.
    /// </summary>
    private static void FindComparableRunnerUp(DestinationProblem problem, SourcingWorkspace workspace, PlanTracker tracker)
    {
        if (!tracker.HasBest || (tracker.HasRunnerUp && tracker.RunnerUp.Metrics.Units >= tracker.Best.Metrics.Units))
        {
            return;
        }

        PlanTracker alternatives = workspace.AlternativeTracker;
        alternatives.Reset(problem.Objective);
        workspace.Heuristic.Run(problem, alternatives, tracker.Best.Slots.AsSpan(0, tracker.Best.Count));
        if (alternatives.HasBest)
        {
            tracker.ConsiderRunnerUp(alternatives.Best, problem.LineCount);
        }
    }

    /// <summary>
    /// Turns the plan into shipments and allocations. A search line's units go to its request lines in request order;
    /// <paramref name="left"/> (per request line of the group) is what each still lacks afterwards.
    /// </summary>
    private static string[] Commit(DecisionContext context, DestinationGroup group, DestinationProblem problem, PlanBuffer plan, int[] left)
    {
        string[] ids = new string[plan.Count];
        int lines = problem.LineCount;
        for (int i = 0; i < plan.Count; i++)
        {
            int c = plan.Slots[i];
            int node = problem.Candidates[c].Node;
            FulfillmentNode fulfillmentNode = context.Network.NodeAt(node);
            RateQuote quote = context.Network.Rates.Describe(plan.Service[i], problem.ZonesOf(c), plan.Grams[i]);
            ShipmentDraft shipment = context.Draft.AddShipment(id => new ShipmentDraft
            {
                Id = id,
                Node = node,
                Method = group.Store < 0 ? ShipFrom(fulfillmentNode.Type) : FulfillmentMethod.ShipToStore,
                Destination = group.Store < 0 ? DestinationKind.CustomerAddress : DestinationKind.Store,
                DestinationStoreId = group.Store < 0 ? null : context.Network.NodeAt(group.Store).NodeId,
                Quote = quote,
                DistanceKm = problem.Candidates[c].Km,
                ShipDay = problem.Candidates[c].ShipDay,
                DeliveryDay = problem.Candidates[c].ShipDay + quote.TransitDays,
            });
            ids[i] = shipment.Id;
            for (int l = 0; l < lines; l++)
            {
                int quantity = plan.X[(i * lines) + l];
                int product = problem.LineProduct[l];
                for (int m = problem.MemberStart[l]; m < problem.MemberStart[l + 1] && quantity > 0; m++)
                {
                    int requestLine = problem.Members[m];
                    int member = group.Lines.IndexOf(requestLine);
                    int take = Math.Min(quantity, left[member]);
                    if (take > 0)
                    {
                        context.Draft.Allocate(requestLine, shipment, take, product, problem.LineGrams[l], context.Network.ProductAt(product).UnitPrice);
                        left[member] -= take;
                        quantity -= take;
                    }
                }
            }
        }

        return ids;
    }

    public static FulfillmentMethod ShipFrom(NodeType type) => type switch
    {
        NodeType.Store => FulfillmentMethod.ShipFromStore,
        NodeType.DistributionCenter => FulfillmentMethod.ShipFromDistributionCenter,
        NodeType.ThirdPartyLogistics => FulfillmentMethod.ShipFromThirdPartyLogistics,
        NodeType.DropShipper => FulfillmentMethod.DropShip,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown node type."),
    };

    private static void RecordMissing(DecisionContext context, DestinationGroup group, DestinationProblem problem, int[] left)
    {
        for (int l = 0; l < problem.LineCount; l++)
        {
            int target = problem.Target[l];
            int coverable = Math.Min(problem.EligibleUnits[l], target);
            (UnfillableReason reason, string detail) =
                coverable >= target
                    ? (UnfillableReason.SplitLimit, "eligible nodes hold the stock, but not within the split policy, shipment limit, capacity or carrier limits")
                : coverable > 0
                    ? (UnfillableReason.InsufficientStock, string.Create(CultureInfo.InvariantCulture, $"eligible nodes can supply {coverable} of {target} units"))
                : AnyAvailable(context, problem.LineProduct[l])
                    ? (UnfillableReason.NoEligibleStock, "nodes hold the stock, but the rule set excludes all of them (see the destination's rejections)")
                    : (UnfillableReason.InsufficientStock, "no node has available stock");
            for (int m = problem.MemberStart[l]; m < problem.MemberStart[l + 1]; m++)
            {
                int requestLine = problem.Members[m];
                int missing = left[group.Lines.IndexOf(requestLine)];
                if (missing > 0)
                {
                    context.Draft.MarkMissing(requestLine, missing, reason, detail);
                }
            }
        }
    }

    private static bool AnyAvailable(DecisionContext context, int product)
    {
        if (context.State.StockOf(product) is not { } stock)
        {
            return false;
        }

        for (int j = 0; j < stock.Nodes.Length; j++)
        {
            if (stock.Available[j] - context.Draft.ConsumedStock(product, stock.Nodes[j]) > 0)
            {
                return true;
            }
        }

        return false;
    }
}
