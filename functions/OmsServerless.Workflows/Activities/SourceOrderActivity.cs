using Microsoft.DurableTask;
using OmsServerless.Domain.Catalog;
using OmsServerless.Domain.Inventory;
using OmsServerless.Domain.Network;
using OmsServerless.Domain.Orders;
using OmsServerless.Domain.Sourcing;
using OmsServerless.Domain.Sourcing.Decisions;
using OmsServerless.Workflows.Orders;

namespace OmsServerless.Workflows.Activities;

/// <summary>
/// Runs the sourcing engine for the order's lines that wait for stock, against the live network, inventory and the
/// capacity left on each node's work day, and the rule set in force; stores the full decision (explanation included)
/// and turns it into a plan the order aggregate accepts: every waiting line fully allocated, backordered, or
/// unfillable.
/// </summary>
public sealed class SourceOrderActivity(
    OrderUpdater orders,
    INodeDirectory nodes,
    IProductCatalog catalog,
    IInventoryStore inventory,
    ISourcingConfiguration configuration,
    IRoutingDecisionStore decisions,
    INodeCapacityLedger capacity,
    TimeProvider time) : TaskActivity<SourcingRoundInput, SourcingPlan>
{
    public override async Task<SourcingPlan> RunAsync(TaskActivityContext context, SourcingRoundInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Order order = await orders.LoadAsync(input.OrderId, CancellationToken.None);
        OrderLine[] waiting = [.. order.Lines.Where(l => l.Status is OrderLineStatus.Open or OrderLineStatus.Backordered)];
        if (waiting.Length == 0)
        {
            return new SourcingPlan(SourcingOutcome.Allocated, null, [], "no line waits for sourcing");
        }

        string[] skus = [.. waiting.Select(l => l.Sku).Distinct(StringComparer.Ordinal)];
        Task<NodeNetwork> network = nodes.GetNetworkAsync(CancellationToken.None);
        Task<SourcingConfiguration> settings = configuration.GetCurrentAsync(CancellationToken.None);
        Product?[] products = await Task.WhenAll(skus.Select(sku => catalog.FindAsync(sku, CancellationToken.None)));
        IReadOnlyList<InventoryBalance>[] balances = await Task.WhenAll(skus.Select(sku => inventory.GetBalancesAsync(sku, CancellationToken.None)));

        NodeNetwork live = await network;
        DateTimeOffset now = time.GetUtcNow();
        IReadOnlyList<NodeCapacityUsage> usage = await capacity.GetUsageAsync(live.Nodes, now, CancellationToken.None);

        var sourcingNetwork = SourcingNetwork.Create(live.Nodes, products.OfType<Product>(), (await settings).RateCards);
        var engine = new SourcingEngine(sourcingNetwork, (await settings).RuleSet);
        var state = SourcingState.Create(sourcingNetwork, balances.SelectMany(b => b).Select(StockLevel.FromBalance), RemainingCapacity(live, usage));
        SourcingDecision decision = engine.Decide(RequestFor(order, waiting, now), state);
        string reference = await decisions.SaveAsync(order.Id, input.Round, decision, CancellationToken.None);
        return ToPlan(order.Id, input.Round, waiting, decision, reference);
    }

    private static IEnumerable<NodeCapacity> RemainingCapacity(NodeNetwork network, IReadOnlyList<NodeCapacityUsage> usage) =>
        usage.Select(u => new NodeCapacity(u.NodeId, u.RemainingOf(network.ById[u.NodeId])));

    private static SourcingRequest RequestFor(Order order, OrderLine[] waiting, DateTimeOffset now)
    {
        // Lines collected in store still need a destination; the engine uses it only for ship-to-address lines.
        var destination = new SourcingDestination(
            order.ShippingLocation ?? order.BillingLocation ?? default,
            order.ShippingAddress?.Region);
        return new SourcingRequest(
            order.Id,
            order.Channel,
            order.Preference,
            destination,
            [.. waiting.Select(l => new SourcingLine(l.LineId, l.Sku, l.Quantity, l.DeliveryMethod, l.StoreId))],
            now);
    }

    /// <summary>
    /// The order allocates whole lines: a line whose units are not all allocated from stock is backordered when the
    /// engine promised the rest from inbound stock, and unfillable otherwise; its partial allocations are not reserved.
    /// </summary>
    private static SourcingPlan ToPlan(string orderId, int round, OrderLine[] waiting, SourcingDecision decision, string reference)
    {
        var allocations = new List<LineAllocation>();
        var reservations = new List<PlannedReservation>();
        var backordered = new List<string>();
        var unfillable = new List<string>();
        ILookup<string, Allocation> byLine = decision.Allocations.ToLookup(a => a.LineId, StringComparer.Ordinal);
        bool parked = decision.Outcome == SourcingOutcome.ParkedForReview;
        foreach (OrderLine line in waiting)
        {
            Allocation[] fromStock = [.. byLine[line.LineId].Where(a => !a.IsBackorder)];
            if (!parked && fromStock.Sum(a => a.Quantity) == line.Quantity)
            {
                foreach (Allocation allocation in fromStock)
                {
                    allocations.Add(new LineAllocation(line.LineId, allocation.NodeId, allocation.Quantity, $"R{round}-{allocation.ShipmentId}", line.DeliveryMethod));
                    reservations.Add(new PlannedReservation(
                        line.LineId, line.Sku, allocation.NodeId, allocation.Quantity,
                        PlannedReservation.MovementIdFor(orderId, round, line.LineId, allocation.NodeId)));
                }
            }
            else if (byLine[line.LineId].Any(a => a.IsBackorder))
            {
                backordered.Add(line.LineId);
            }
            else
            {
                unfillable.Add(line.LineId);
            }
        }

        var plan = new AllocationPlan(reference, decision.RuleSet, allocations, backordered, unfillable);
        string summary = $"{decision.Outcome} by {decision.RuleSet.Id} v{decision.RuleSet.Version} ({decision.SearchMode}): " +
                         $"{allocations.Count} allocations, {backordered.Count} backordered, {unfillable.Count} unfillable lines";
        return new SourcingPlan(decision.Outcome, plan, reservations, summary);
    }
}
