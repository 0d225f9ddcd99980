using System.Globalization;
using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Network;
using OmsServerless.Domain.Shipping;
using OmsServerless.Domain.Sourcing.Decisions;
using OmsServerless.Domain.Sourcing.Engine;
using OmsServerless.Domain.Sourcing.Rules;
using OmsServerless.Domain.Sourcing.Search;

namespace OmsServerless.Domain.Sourcing;

/// <summary>
/// The sourcing engine: decides which nodes fulfil each unit of an order, how it travels, and why. Pure and
/// deterministic: no clock, no I/O, no randomness, and identical inputs give identical decisions. Build one per
/// (network, rule set version) and share it; <see cref="Decide"/> is safe to call from several threads.
/// </summary>
/// <example>
/// <code>
/// var network = SourcingNetwork.Create(nodes, products, rateCards);
/// var engine = new SourcingEngine(network, DefaultRuleSet.Instance);
/// var state = SourcingState.FromBalances(network, balances);
/// SourcingDecision decision = engine.Decide(request, state);
/// </code>
/// </example>
public sealed class SourcingEngine
{
    private readonly EligibilityTable _table;
    private readonly PlanObjective[] _objectives;

    /// <exception cref="InvalidRuleSetException">The rule set fails validation.</exception>
    public SourcingEngine(SourcingNetwork network, SourcingRuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(ruleSet);
        IReadOnlyList<RuleSetFault> faults = RuleSetValidator.Validate(ruleSet);
        if (faults.Count > 0)
        {
            throw new InvalidRuleSetException(faults);
        }

        Network = network;
        RuleSet = ruleSet;
        _table = new EligibilityTable(network, ruleSet);
        _objectives = [.. Enum.GetValues<CustomerPreference>().Select(p => new PlanObjective(ruleSet, p))];
    }

    public SourcingNetwork Network { get; }

    public SourcingRuleSet RuleSet { get; }

    /// <summary>
    /// Sources one order against <paramref name="state"/> (which must belong to this engine's network). Pickup lines
    /// are served first at their stores, then the customer's address, then each ship-to-store destination in store
    /// id order, each seeing the stock the earlier ones left; units still missing go to the rule set's fallback.
    /// </summary>
    /// <exception cref="ArgumentException">The request is malformed (see the message), or the state belongs to another network.</exception>
    public SourcingDecision Decide(SourcingRequest request, SourcingState state)
    {
        RequestValidator.Validate(request);
        ArgumentNullException.ThrowIfNull(state);
        if (!ReferenceEquals(state.Network, Network))
        {
            throw new ArgumentException("The state was built for another network.", nameof(state));
        }

        SourcingWorkspace workspace = SourcingWorkspace.Current;
        workspace.Days.Reset(Network, request.Now);
        int[] lineProduct = new int[request.Lines.Count];
        var context = new DecisionContext(Network, state, RuleSet, _table, _objectives[(int)request.Preference], workspace.Days, lineProduct, new DecisionDraft(request));
        var customerLines = new List<int>(request.Lines.Count);
        var storeLines = new StoreLines();
        for (int line = 0; line < request.Lines.Count; line++)
        {
            lineProduct[line] = Network.IndexOfProduct(request.Lines[line].Sku);
            if (lineProduct[line] < 0)
            {
                context.Draft.MarkMissing(line, request.Lines[line].Quantity, UnfillableReason.UnknownSku, "the SKU is not in the catalogue");
            }
        }

        RoutePickups(context, DeliveryMethod.Ropis, storeLines);
        RoutePickups(context, DeliveryMethod.Bopis, storeLines);
        for (int line = 0; line < request.Lines.Count; line++)
        {
            SourcingLine requestLine = request.Lines[line];
            if (lineProduct[line] < 0)
            {
                continue;
            }

            if (requestLine.Method == DeliveryMethod.ShipToAddress)
            {
                customerLines.Add(line);
            }
            else if (requestLine.Method == DeliveryMethod.ShipToStore)
            {
                RouteToStore(context, line, storeLines, because: null);
            }
        }

        if (customerLines.Count > 0)
        {
            SolveCustomer(context, workspace, customerLines);
        }

        foreach ((string storeId, List<int> lines) in storeLines.InStoreOrder())
        {
            int store = Network.IndexOfNode(storeId);
            (double x, double y, double z) = (Network.Profiles[store].X, Network.Profiles[store].Y, Network.Profiles[store].Z);
            DestinationSolver.Solve(context, workspace, new DestinationGroup($"store:{storeId}", store, DeliveryMethod.ShipToStore, x, y, z, lines));
        }

        if (RuleSet.Fallback.Policy == FallbackPolicy.Backorder)
        {
            BackorderPlanner.Apply(context);
        }

        return DecisionAssembler.Assemble(context);
    }

    private void RoutePickups(DecisionContext context, DeliveryMethod method, StoreLines storeLines)
    {
        SourcingRequest request = context.Request;
        for (int line = 0; line < request.Lines.Count; line++)
        {
            SourcingLine requestLine = request.Lines[line];
            if (requestLine.Method != method || context.LineProduct[line] < 0)
            {
                continue;
            }

            int store = Network.IndexOfNode(requestLine.StoreId!);
            if (store < 0)
            {
                context.Draft.MarkMissing(line, requestLine.Quantity, UnfillableReason.StoreNotFound, $"store '{requestLine.StoreId}' is not in the network");
                continue;
            }

            if (PickupPlanner.TryPickup(context, line, store, out string whyNot))
            {
                continue;
            }

            if (method == DeliveryMethod.Bopis && Network.NodeAt(store).Can(NodeCapabilities.ShipToStoreReceiving))
            {
                RouteToStore(context, line, storeLines, because: whyNot);
                continue;
            }

            context.Draft.Route[line] = LineRoute.AtStore;
            context.Draft.RouteStore[line] = store;
            context.Draft.MarkMissing(line, requestLine.Quantity, UnfillableReason.StoreCannotFulfil, whyNot);
        }
    }

    private void RouteToStore(DecisionContext context, int line, StoreLines storeLines, string? because)
    {
        SourcingLine requestLine = context.Request.Lines[line];
        int store = Network.IndexOfNode(requestLine.StoreId!);
        if (store < 0)
        {
            context.Draft.MarkMissing(line, requestLine.Quantity, UnfillableReason.StoreNotFound, $"store '{requestLine.StoreId}' is not in the network");
            return;
        }

        if (!Network.NodeAt(store).Can(NodeCapabilities.ShipToStoreReceiving))
        {
            context.Draft.MarkMissing(line, requestLine.Quantity, UnfillableReason.StoreCannotReceive, $"store '{requestLine.StoreId}' cannot receive ship-to-store parcels");
            return;
        }

        if (because is not null)
        {
            context.Draft.Notes.Add(string.Create(CultureInfo.InvariantCulture, $"Line {requestLine.LineId}: BOPIS at {requestLine.StoreId} is not possible ({because}); shipping it to the store instead."));
        }

        context.Draft.Route[line] = LineRoute.ToStore;
        context.Draft.RouteStore[line] = store;
        storeLines.Add(requestLine.StoreId!, line);
    }

    private void SolveCustomer(DecisionContext context, SourcingWorkspace workspace, List<int> lines)
    {
        SourcingDestination destination = context.Request.Destination;
        if (destination.Region is { } region && _table.ExcludedDestinationRegions.Contains(region))
        {
            foreach (int line in lines)
            {
                context.Draft.MarkMissing(line, context.Request.Lines[line].Quantity, UnfillableReason.DestinationRegionExcluded, $"the rule set does not ship to region '{region}'");
            }

            return;
        }

        foreach (int line in lines)
        {
            context.Draft.Route[line] = LineRoute.Customer;
        }

        (double x, double y, double z) = ChordDistance.UnitVector(destination.Location);
        DestinationSolver.Solve(context, workspace, new DestinationGroup("customer", -1, DeliveryMethod.ShipToAddress, x, y, z, lines));
    }
}
