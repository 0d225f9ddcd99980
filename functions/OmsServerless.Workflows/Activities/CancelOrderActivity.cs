using Microsoft.DurableTask;
using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Orders;
using OmsServerless.Workflows.Orders;

namespace OmsServerless.Workflows.Activities;

/// <summary>
/// Cancels the whole order or some lines on the aggregate (which refuses once a line has shipped or been picked up)
/// and withdraws their released fulfillment orders, giving their units back to the nodes' capacity. Inventory and
/// payment compensation is the workflow's next step.
/// </summary>
public sealed class CancelOrderActivity(OrderUpdater orders, IFulfillmentOrderStore fulfillment, FulfillmentCapacity capacity)
    : TaskActivity<CancelOrderInput, CancelOrderOutcome>
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
        foreach (FulfillmentOrder stored in await fulfillment.ListByOrderAsync(input.OrderId, CancellationToken.None))
        {
            FulfillmentOrder current = stored;
            if (current.Status == FulfillmentOrderStatus.Released && current.Lines.All(l => cancelled.Contains(l.LineId)))
            {
                current = current with { Status = FulfillmentOrderStatus.Cancelled };
                await fulfillment.SaveAsync(current, CancellationToken.None);
            }

            // Every withdrawn one, not only those withdrawn now: a retry after a crash still gives its units back.
            if (current.Status == FulfillmentOrderStatus.Cancelled)
            {
                await capacity.GiveBackAsync(current, CancellationToken.None);
            }
        }

        return new CancelOrderOutcome(
            true,
            outcome.OrderCancelled,
            [.. cancelled.Order(StringComparer.Ordinal)],
            outcome.ChangedAnything ? $"cancelled {string.Join(", ", cancelled.Order(StringComparer.Ordinal))}" : "nothing left to cancel");
    }
}
