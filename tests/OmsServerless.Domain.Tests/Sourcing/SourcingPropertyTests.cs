using System.Text.Json;
using FsCheck.Xunit;
using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Sourcing;
using OmsServerless.Domain.Sourcing.Decisions;
using OmsServerless.Domain.Sourcing.Rules;

namespace OmsServerless.Domain.Tests.Sourcing;

public sealed class SourcingPropertyTests
{
    private static SourcingDecision Decide(SourcingInstance instance, bool exact = true)
    {
        SourcingNetwork network = instance.Network();
        return new SourcingEngine(network, instance.RuleSet(exact)).Decide(instance.Request(), instance.State(network));
    }

    [Property(MaxTest = 150, Arbitrary = [typeof(SourcingInstanceArbitrary)])]
    public void Never_allocates_more_than_available_stock_inbound_stock_or_capacity(SourcingInstance instance)
    {
        SourcingDecision decision = Decide(instance);

        foreach (var group in decision.Allocations.GroupBy(a => (a.Sku, a.NodeId, a.IsBackorder)))
        {
            StockSpec? stock = instance.Stock.SingleOrDefault(s => SourcingInstance.Sku(s.Product) == group.Key.Sku && SourcingInstance.NodeId(s.Node) == group.Key.NodeId);
            int limit = stock is null ? 0 : group.Key.IsBackorder ? stock.Inbound : stock.Available;
            Assert.True(group.Sum(a => a.Quantity) <= limit, $"{group.Key} allocates {group.Sum(a => a.Quantity)} of {limit}");
        }

        foreach (var node in decision.Allocations.Where(a => !a.IsBackorder).GroupBy(a => a.NodeId))
        {
            int index = int.Parse(node.Key.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(node.Sum(a => a.Quantity) <= instance.Nodes[index].Capacity);
        }
    }

    [Property(MaxTest = 150, Arbitrary = [typeof(SourcingInstanceArbitrary)])]
    public void Every_unit_of_every_line_is_either_allocated_or_reported_unfillable(SourcingInstance instance)
    {
        SourcingDecision decision = Decide(instance);
        SourcingRequest request = instance.Request();

        foreach (SourcingLine line in request.Lines)
        {
            int allocated = decision.Allocations.Where(a => a.LineId == line.LineId).Sum(a => a.Quantity);
            int unfillable = decision.Unfillable.Where(u => u.LineId == line.LineId).Sum(u => u.Quantity);
            Assert.Equal(line.Quantity, allocated + unfillable);
        }

        Assert.Equal(decision.Totals.UnitsRequested, decision.Totals.UnitsAllocated + decision.Totals.UnitsBackordered + decision.Totals.UnitsUnfillable);
    }

    [Property(MaxTest = 150, Arbitrary = [typeof(SourcingInstanceArbitrary)])]
    public void Split_policy_max_shipments_and_minimum_value_are_respected(SourcingInstance instance)
    {
        SourcingDecision decision = Decide(instance);
        SplitRules split = instance.RuleSet(exact: true).Split;
        int limit = split.Policy == SplitPolicy.NoSplit ? 1 : split.MaxShipments ?? int.MaxValue;

        var parcels = decision.Shipments.Where(s => !s.IsBackorder && s.Destination != DestinationKind.InStore).ToList();
        foreach (var destination in parcels.GroupBy(s => s.DestinationStoreId ?? "customer"))
        {
            Assert.True(destination.Count() <= limit, $"{destination.Key}: {destination.Count()} shipments, limit {limit}");
            if (destination.Count() > 1)
            {
                Assert.All(destination, s => Assert.True(s.MerchandiseValue >= split.MinShipmentValue));
            }
        }

        if (split.Policy is SplitPolicy.SplitByLine or SplitPolicy.NoSplit)
        {
            var shipmentIds = parcels.Select(s => s.ShipmentId).ToHashSet();
            foreach (var line in decision.Allocations.Where(a => shipmentIds.Contains(a.ShipmentId)).GroupBy(a => a.LineId))
            {
                Assert.Single(line);
            }
        }
    }

    [Property(MaxTest = 150, Arbitrary = [typeof(SourcingInstanceArbitrary)])]
    public void Ropis_lines_are_held_whole_at_their_store_or_not_at_all(SourcingInstance instance)
    {
        SourcingDecision decision = Decide(instance);

        foreach (SourcingLine line in instance.Request().Lines.Where(l => l.Method == DeliveryMethod.Ropis))
        {
            var held = decision.Allocations.Where(a => a.LineId == line.LineId).ToList();
            Assert.All(held, a => Assert.Equal(line.StoreId, a.NodeId));
            Assert.All(held, a => Assert.Equal(FulfillmentMethod.ReserveInStore, a.Method));
            Assert.True(held.Count <= 1, $"{line.LineId} is held in {held.Count} parts");
            Assert.True(held.Count == 0 || held[0].Quantity == line.Quantity, $"{line.LineId} holds {held.Sum(a => a.Quantity)} of {line.Quantity}");
        }
    }

    [Property(MaxTest = 100, Arbitrary = [typeof(SourcingInstanceArbitrary)])]
    public void Identical_inputs_give_identical_decisions(SourcingInstance instance)
    {
        string first = JsonSerializer.Serialize(Decide(instance));

        string second = JsonSerializer.Serialize(Decide(instance));

        Assert.Equal(first, second);
    }

    [Property(MaxTest = 200, Arbitrary = [typeof(SourcingInstanceArbitrary)])]
    public void Exact_search_is_never_worse_than_the_heuristic(SourcingInstance instance)
    {
        SourcingInstance shipOnly = instance with { Lines = [.. instance.Lines.Select(l => l with { Method = DeliveryMethod.ShipToAddress })] };

        PlanSummary? exact = Decide(shipOnly, exact: true).Explanation.Destinations.Single().Comparison?.Chosen;
        PlanSummary? heuristic = Decide(shipOnly, exact: false).Explanation.Destinations.Single().Comparison?.Chosen;

        Assert.True(heuristic is null || exact is not null);
        if (exact is null || heuristic is null)
        {
            return;
        }

        Assert.True(NotWorse(exact, heuristic, shipOnly), $"exact {Describe(exact)} vs heuristic {Describe(heuristic)}");
    }

    /// <summary>The engine's objective for weighted rule sets: units, the preference's key, shipments when minimised, then score.</summary>
    private static bool NotWorse(PlanSummary exact, PlanSummary heuristic, SourcingInstance instance)
    {
        if (exact.Units != heuristic.Units)
        {
            return exact.Units > heuristic.Units;
        }

        switch (instance.Preference)
        {
            case CustomerPreference.Fastest when exact.LatestDelivery != heuristic.LatestDelivery:
                return exact.LatestDelivery < heuristic.LatestDelivery;
            case CustomerPreference.Cheapest when exact.TotalCost != heuristic.TotalCost:
                return exact.TotalCost < heuristic.TotalCost;
            default:
                break;
        }

        bool byShipments = instance.Preference == CustomerPreference.FewestPackages || instance.Rules.Policy == SplitPolicy.MinimizeShipments;
        if (byShipments && exact.Shipments != heuristic.Shipments)
        {
            return exact.Shipments < heuristic.Shipments;
        }

        return exact.Score <= heuristic.Score + 1e-4;
    }

    private static string Describe(PlanSummary plan) =>
        $"[{string.Join(",", plan.NodeIds)}] units {plan.Units} shipments {plan.Shipments} by {plan.LatestDelivery} cost {plan.TotalCost} score {plan.Score}";
}
