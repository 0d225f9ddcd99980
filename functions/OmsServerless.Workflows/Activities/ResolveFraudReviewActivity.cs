using Microsoft.DurableTask;
using OmsServerless.Domain.Orders;
using OmsServerless.Workflows.Orders;

namespace OmsServerless.Workflows.Activities;

/// <summary>Records an analyst's decision (or the review timing out) on an order held for fraud review.</summary>
public sealed class ResolveFraudReviewActivity(OrderUpdater orders) : TaskActivity<FraudReviewInput, bool>
{
    /// <returns>True when the order may proceed.</returns>
    public override async Task<bool> RunAsync(TaskActivityContext context, FraudReviewInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Order order = await orders.UpdateAsync(input.OrderId, order =>
        {
            if (order.Status != OrderStatus.AwaitingFraudReview)
            {
                return;
            }

            if (input.Approve)
            {
                order.AcceptAfterFraudReview(input.Note, input.Actor, orders.Now);
            }
            else
            {
                order.RejectAfterFraudReview(input.Note, input.Actor, orders.Now);
            }
        }, CancellationToken.None);
        return order.Status == OrderStatus.FraudAccepted;
    }
}
