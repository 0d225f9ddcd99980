using Microsoft.DurableTask;
using OmsServerless.Domain.Orders;
using OmsServerless.Workflows.Orders;

namespace OmsServerless.Workflows.Activities;

/// <summary>
/// Stops waiting for restock: the order's backordered lines become unfillable, and an order left with nothing to
/// fulfil is rejected. Safe to repeat: with no backordered line left it changes nothing.
/// </summary>
public sealed class GiveUpBackordersActivity(OrderUpdater orders) : TaskActivity<GiveUpBackordersInput, OrderStatus>
{
    public override async Task<OrderStatus> RunAsync(TaskActivityContext context, GiveUpBackordersInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Order order = await orders.UpdateAsync(input.OrderId, order =>
        {
            if (order.Lines.Any(l => l.Status == OrderLineStatus.Backordered))
            {
                order.GiveUpBackorders(input.Reason, OrderUpdater.SystemActor, orders.Now);
            }
        }, CancellationToken.None);
        return order.Status;
    }
}
