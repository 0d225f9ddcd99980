using OmsServerless.Domain.RuleSets;
using OmsServerless.Domain.Sourcing.Decisions;
using OmsServerless.Domain.Sourcing.Rules;

namespace OmsServerless.Domain.Sourcing.WhatIf;

/// <summary>
/// Replays orders through the engine one after another, depleting stock, inbound stock and capacity as each decision
/// would, so later orders see what earlier ones left. Parked orders reserve nothing. The caller's state is not
/// touched; each replay works on its own copy, so both rule sets start from the same snapshot.
/// </summary>
public static class WhatIfSimulator
{
    public static WhatIfComparison Compare(
        SourcingNetwork network,
        SourcingState snapshot,
        IReadOnlyList<SourcingRequest> orders,
        SourcingRuleSet baseline,
        SourcingRuleSet candidate,
        int topNodes = 10) =>
        new(Replay(network, snapshot, orders, baseline, topNodes), Replay(network, snapshot, orders, candidate, topNodes));

    public static WhatIfSummary Replay(SourcingNetwork network, SourcingState snapshot, IReadOnlyList<SourcingRequest> orders, SourcingRuleSet ruleSet, int topNodes = 10)
    {
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentOutOfRangeException.ThrowIfNegative(topNodes);
        var engine = new SourcingEngine(network, ruleSet);
        SourcingState state = snapshot.CloneForSimulation();
        var tally = new Tally(network.Nodes.Count);
        foreach (SourcingRequest order in orders)
        {
            SourcingDecision decision = engine.Decide(order, state);
            tally.Add(order, decision, network);
            if (decision.Outcome != SourcingOutcome.ParkedForReview)
            {
                Deplete(network, state, decision);
            }
        }

        return tally.Summarise(new RuleSetReference(ruleSet.Id, ruleSet.Version), orders.Count, network, topNodes);
    }

    private static void Deplete(SourcingNetwork network, SourcingState state, SourcingDecision decision)
    {
        foreach (Allocation allocation in decision.Allocations)
        {
            state.Consume(network.IndexOfProduct(allocation.Sku), network.IndexOfNode(allocation.NodeId), allocation.Quantity, allocation.IsBackorder);
        }
    }

    private sealed class Tally(int nodes)
    {
        private readonly int[] _units = new int[nodes];
        private readonly int[] _shipments = new int[nodes];
        private readonly Dictionary<SourcingOutcome, int> _outcomes = [];
        private int _requested;
        private int _allocated;
        private int _backordered;
        private int _unfillable;
        private decimal _cost;
        private double _parcelKm;
        private int _parcels;
        private int _splitOrders;
        private double _deliveryDays;
        private int _deliveries;

        public void Add(SourcingRequest order, SourcingDecision decision, SourcingNetwork network)
        {
            DecisionTotals totals = decision.Totals;
            _requested += totals.UnitsRequested;
            _allocated += totals.UnitsAllocated;
            _backordered += totals.UnitsBackordered;
            _unfillable += totals.UnitsUnfillable;
            _cost += totals.TotalCost;
            _outcomes[decision.Outcome] = _outcomes.GetValueOrDefault(decision.Outcome) + 1;
            var parcelsByDestination = new Dictionary<string, int>(StringComparer.Ordinal);
            DateOnly ordered = DateOnly.FromDateTime(order.Now.DateTime);
            foreach (PlannedShipment shipment in decision.Shipments)
            {
                if (shipment.IsBackorder)
                {
                    continue;
                }

                int node = network.IndexOfNode(shipment.NodeId);
                _units[node] += shipment.Units;
                _shipments[node]++;
                if (shipment.EstimatedDelivery is { } delivery)
                {
                    _deliveryDays += delivery.DayNumber - ordered.DayNumber;
                    _deliveries++;
                }

                if (shipment.Destination != DestinationKind.InStore)
                {
                    _parcelKm += shipment.DistanceKm;
                    _parcels++;
                    string destination = shipment.DestinationStoreId ?? "customer";
                    parcelsByDestination[destination] = parcelsByDestination.GetValueOrDefault(destination) + 1;
                }
            }

            if (parcelsByDestination.Values.Any(count => count > 1))
            {
                _splitOrders++;
            }
        }

        public WhatIfSummary Summarise(RuleSetReference ruleSet, int orders, SourcingNetwork network, int topNodes)
        {
            NodeLoad[] loads = [.. Enumerable.Range(0, _units.Length)
                .Where(n => _shipments[n] > 0)
                .Select(n => new NodeLoad(network.Nodes[n].NodeId, _units[n], _shipments[n]))
                .OrderByDescending(l => l.Units)
                .ThenBy(l => l.NodeId, StringComparer.Ordinal)];
            return new WhatIfSummary(
                ruleSet,
                orders,
                _requested,
                _allocated,
                _backordered,
                _unfillable,
                _cost,
                orders == 0 ? 0 : Math.Round(_cost / orders, 2),
                _parcels == 0 ? 0 : Math.Round(_parcelKm / _parcels, 1),
                orders == 0 ? 0 : Math.Round(_splitOrders / (double)orders, 4),
                _deliveries == 0 ? 0 : Math.Round(_deliveryDays / _deliveries, 2),
                [.. Enum.GetValues<SourcingOutcome>().Where(_outcomes.ContainsKey).Select(o => new OutcomeCount(o, _outcomes[o]))],
                loads.Length,
                [.. loads.Take(topNodes)]);
        }
    }
}
