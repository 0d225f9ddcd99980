using Microsoft.DurableTask;
using OmsServerless.Domain.Orders;
using OmsServerless.Workflows.Orders;

namespace OmsServerless.Workflows.Activities;

/// <summary>
/// Records a reserved sourcing plan on the order: lines become allocated, backordered or unfillable, and the order
/// keeps the routing explanation reference and rule set version. A plan already recorded is not recorded twice.
/// </summary>
public sealed class ApplyAllocationActivity(OrderUpdater orders) : TaskActivity<ApplyAllocationInput, OrderStatus>
{
    public override async Task<OrderStatus> RunAsync(TaskActivityContext context, ApplyAllocationInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Order order = await orders.UpdateAsync(input.OrderId, order =>
        {
            bool recorded = order.ToSnapshot().AllocationDecisions.Any(d => d.RoutingExplanationRef == input.Plan.RoutingExplanationRef);
            if (!recorded)
            {
                order.ApplyAllocation(input.Plan, OrderUpdater.SystemActor, orders.Now);
            }
        }, CancellationToken.None);
        return order.Status;
    }
}
