using Microsoft.DurableTask;
using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Orders;
using OmsServerless.Workflows.Orders;

namespace OmsServerless.Workflows.Activities;

/// <summary>
/// Releases the allocated lines to their nodes: one fulfillment order per node and shipment lands in the node's work
/// queue, then the order is marked released (so whoever sees it released also finds its fulfillment orders). Safe to
/// repeat: lines already released are not released again and existing fulfillment orders are kept.
/// </summary>
public sealed class ReleaseOrderActivity(OrderUpdater orders, IFulfillmentOrderStore fulfillment) : TaskActivity<string, IReadOnlyList<string>>
{
    /// <returns>The ids of the fulfillment orders created by this release.</returns>
    public override async Task<IReadOnlyList<string>> RunAsync(TaskActivityContext context, string orderId)
    {
        Order order = await orders.LoadAsync(orderId, CancellationToken.None);
        HashSet<string> existing = (await fulfillment.ListByOrderAsync(orderId, CancellationToken.None))
            .Select(f => f.FulfillmentOrderId)
            .ToHashSet(StringComparer.Ordinal);
        var created = new List<string>();
        foreach (FulfillmentOrder fulfillmentOrder in FulfillmentOrdersOf(order).Where(f => !existing.Contains(f.FulfillmentOrderId)))
        {
            await fulfillment.SaveAsync(fulfillmentOrder, CancellationToken.None);
            created.Add(fulfillmentOrder.FulfillmentOrderId);
        }

        await orders.UpdateAsync(orderId, order =>
        {
            if (order.Lines.Any(l => l.Status == OrderLineStatus.Allocated))
            {
                order.Release(OrderUpdater.SystemActor, orders.Now);
            }
        }, CancellationToken.None);
        return created;
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
