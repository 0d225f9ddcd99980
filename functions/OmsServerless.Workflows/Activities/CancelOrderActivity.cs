using Microsoft.DurableTask;
using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Orders;
using OmsServerless.Workflows.Orders;

namespace OmsServerless.Workflows.Activities;

/// <summary>
/// Cancels the whole order or some lines on the aggregate (which refuses once a line has shipped or been picked up)
/// and withdraws their released fulfillment orders. Inventory and payment compensation is the workflow's next step.
/// </summary>
public sealed class CancelOrderActivity(OrderUpdater orders, IFulfillmentOrderStore fulfillment) : TaskActivity<CancelOrderInput, CancelOrderOutcome>
{
    public override async Task<CancelOrderOutcome> RunAsync(TaskActivityContext context, CancelOrderInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        CancelOrderRequest request = input.Request;
        CancellationOutcome outcome;
        try
        {
            (_, outcome) = await orders.UpdateAsync(input.OrderId, order => request.LineIds is { Count: > 0 } lines
                ? order.CancelLines(lines, request.Reason, request.Actor, orders.Now)
                : order.Cancel(request.Reason, request.Actor, orders.Now), CancellationToken.None);
        }
        catch (OrderRuleException refused)
        {
            return new CancelOrderOutcome(false, false, [], refused.Message);
        }

        HashSet<string> cancelled = outcome.CancelledLines.Select(l => l.LineId).ToHashSet(StringComparer.Ordinal);
        foreach (FulfillmentOrder released in await fulfillment.ListByOrderAsync(input.OrderId, CancellationToken.None))
        {
            if (released.Status == FulfillmentOrderStatus.Released && released.Lines.All(l => cancelled.Contains(l.LineId)))
            {
                await fulfillment.SaveAsync(released with { Status = FulfillmentOrderStatus.Cancelled }, CancellationToken.None);
            }
        }

        return new CancelOrderOutcome(
            true,
            outcome.OrderCancelled,
            [.. cancelled.Order(StringComparer.Ordinal)],
            outcome.ChangedAnything ? $"cancelled {string.Join(", ", cancelled.Order(StringComparer.Ordinal))}" : "nothing left to cancel");
    }
}
