using Microsoft.DurableTask;
using OmsServerless.Domain.Orders;
using OmsServerless.Workflows.Orders;

namespace OmsServerless.Workflows.Activities;

/// <summary>Holds an order for operations (routing found no acceptable plan, the payment gateway stayed down...).</summary>
public sealed class ParkOrderActivity(OrderUpdater orders) : TaskActivity<ParkOrderInput, OrderStatus>
{
    public override async Task<OrderStatus> RunAsync(TaskActivityContext context, ParkOrderInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Order order = await orders.UpdateAsync(input.OrderId, order =>
        {
            if (order.Status != OrderStatus.ParkedForReview)
            {
                order.ParkForReview(input.Reason, OrderUpdater.SystemActor, orders.Now);
            }
        }, CancellationToken.None);
        return order.Status;
    }
}
