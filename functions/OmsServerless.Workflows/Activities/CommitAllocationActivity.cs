using Microsoft.DurableTask;
using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Orders;
using OmsServerless.Workflows.Orders;

namespace OmsServerless.Workflows.Activities;

/// <summary>
/// Commits a reserved sourcing plan: records it on the order (lines allocated, backordered or unfillable, with the
/// routing explanation reference and rule set version), then releases the allocated lines to their nodes: one
/// fulfillment order per node and shipment lands in the node's work queue before the order shows released, so whoever
/// sees it released also finds its fulfillment orders, and their units count against the nodes' capacity for the
/// work day. Safe to repeat: a plan is recorded once, released lines are not released again, existing fulfillment
/// orders are kept, and each counts once.
/// </summary>
public sealed class CommitAllocationActivity(OrderUpdater orders, IFulfillmentOrderStore fulfillment, FulfillmentCapacity capacity)
    : TaskActivity<CommitAllocationInput, OrderStatus>
{
    public override async Task<OrderStatus> RunAsync(TaskActivityContext context, CommitAllocationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        string orderId = input.OrderId;
        (Order order, StoredOrder stored) = await orders.UpdateAsync(await orders.ReadAsync(orderId, CancellationToken.None), order =>
        {
            if (!order.ToSnapshot().AllocationDecisions.Any(d => d.RoutingExplanationRef == input.Plan.RoutingExplanationRef))
            {
                order.ApplyAllocation(input.Plan, OrderUpdater.SystemActor, orders.Now);
            }
        }, CancellationToken.None);

        foreach (FulfillmentOrder planned in FulfillmentOrdersOf(order))
        {
            // The order's row is written after the node's, so one found here is complete.
            FulfillmentOrder? released = await fulfillment.FindAsync(orderId, planned.FulfillmentOrderId, CancellationToken.None);
            if (released is null)
            {
                await fulfillment.SaveAsync(planned, CancellationToken.None);
                released = planned;
            }

            if (released.Status == FulfillmentOrderStatus.Released)
            {
                await capacity.CountAsync(released, CancellationToken.None);
            }
        }

        (order, _) = await orders.UpdateAsync(stored, order =>
        {
            if (order.Lines.Any(l => l.Status == OrderLineStatus.Allocated))
            {
                order.Release(OrderUpdater.SystemActor, orders.Now);
            }
        }, CancellationToken.None);
        return order.Status;
    }

    private IEnumerable<FulfillmentOrder> FulfillmentOrdersOf(Order order) => order.Lines
        .Where(line => line.Status is OrderLineStatus.Allocated or OrderLineStatus.Released)
        .SelectMany(line => line.Allocations.Select(allocation => (Line: line, Allocation: allocation)))
        .GroupBy(x => (x.Allocation.NodeId, x.Allocation.ShipmentId))
        .OrderBy(g => g.Key.ShipmentId, StringComparer.Ordinal)
        .Select(g => new FulfillmentOrder(
            $"{order.Id}:{g.Key.ShipmentId}",
            order.Id,
            g.Key.NodeId,
            g.Key.ShipmentId,
            g.First().Line.DeliveryMethod,
            g.First().Line.StoreId,
            FulfillmentOrderStatus.Released,
            [.. g.Select(x => new FulfillmentOrderLine(x.Line.LineId, x.Line.Sku, x.Allocation.Quantity))],
            orders.Now));
}
