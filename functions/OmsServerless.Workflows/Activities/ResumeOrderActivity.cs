using Microsoft.DurableTask;
using OmsServerless.Domain.Orders;
using OmsServerless.Workflows.Orders;

namespace OmsServerless.Workflows.Activities;

/// <summary>Takes a parked order back to where it was parked from, so the workflow can route it again.</summary>
public sealed class ResumeOrderActivity(OrderUpdater orders) : TaskActivity<ResumeOrderInput, OrderStatus>
{
    public override async Task<OrderStatus> RunAsync(TaskActivityContext context, ResumeOrderInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Order order = await orders.UpdateAsync(input.OrderId, order =>
        {
            if (order.Status == OrderStatus.ParkedForReview)
            {
                order.ResumeFromReview(input.Note, input.Actor, orders.Now);
            }
        }, CancellationToken.None);
        return order.Status;
    }
}
