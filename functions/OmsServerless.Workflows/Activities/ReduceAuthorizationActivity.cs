using System.Globalization;
using Microsoft.DurableTask;
using OmsServerless.Domain.Orders;
using OmsServerless.Domain.Payments;
using OmsServerless.Workflows.Orders;

namespace OmsServerless.Workflows.Activities;

/// <summary>
/// After lines leave a live order (cancelled, or given up as unfillable), gives back the part of the authorization
/// hold that the remaining lines do not need, so the customer's card is not blocked for what will never ship. An
/// order with nothing left to pay is the void compensation's job. Safe to repeat: the idempotency key names the hold
/// being reached, and an authorization already down to it is left alone.
/// </summary>
public sealed class ReduceAuthorizationActivity(OrderUpdater orders, IPaymentGateway gateway) : TaskActivity<string, string>
{
    public override async Task<string> RunAsync(TaskActivityContext context, string orderId)
    {
        Order order = await orders.LoadAsync(orderId, CancellationToken.None);
        decimal stillNeeded = order.PayableAmount - order.CapturedAmount;
        if (stillNeeded <= 0m)
        {
            return "nothing left to pay: the void gives the hold back";
        }

        var reduced = new List<string>();
        foreach (PaymentAuthorization authorization in order.Payments.Where(p => p.RemainingAmount > 0m))
        {
            decimal keep = Math.Min(stillNeeded, authorization.RemainingAmount);
            stillNeeded -= keep;
            if (authorization.RemainingAmount == keep || authorization.IsExpiredAt(orders.Now))
            {
                continue;
            }

            string key = $"{orderId}:reverse:{authorization.AuthorizationId}:to:{keep.ToString("G29", CultureInfo.InvariantCulture)}";
            ReversalResult result = await gateway.ReverseAsync(
                new ReversalRequest(key, authorization.AuthorizationId, authorization.RemainingAmount - keep), CancellationToken.None);
            if (result.Outcome is PaymentOutcome.TransientError or PaymentOutcome.Timeout)
            {
                throw new PaymentGatewayUnavailableException($"reversal on {authorization.AuthorizationId}: {result.Outcome}");
            }

            if (result.Outcome == PaymentOutcome.Approved)
            {
                await orders.UpdateAsync(orderId, o => o.RecordReversal(authorization.AuthorizationId, result.ToPaymentReversal(), OrderUpdater.SystemActor, orders.Now), CancellationToken.None);
                reduced.Add($"{authorization.AuthorizationId} to {keep.ToString(CultureInfo.InvariantCulture)} {authorization.Currency}");
            }
        }

        return reduced.Count == 0 ? "the hold matches the order" : "reduced " + string.Join(", ", reduced);
    }
}
