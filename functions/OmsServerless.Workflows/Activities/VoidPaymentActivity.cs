using Microsoft.DurableTask;
using OmsServerless.Domain.Orders;
using OmsServerless.Domain.Payments;
using OmsServerless.Workflows.Orders;

namespace OmsServerless.Workflows.Activities;

/// <summary>
/// Compensation for the authorization: releases every hold that has nothing captured. Harmless when no
/// authorization was ever made, or when it is already void.
/// </summary>
public sealed class VoidPaymentActivity(OrderUpdater orders, IPaymentGateway gateway) : TaskActivity<string, string>
{
    public override async Task<string> RunAsync(TaskActivityContext context, string orderId)
    {
        Order order = await orders.LoadAsync(orderId, CancellationToken.None);
        var voided = new List<string>();
        foreach (PaymentAuthorization authorization in order.Payments.Where(p => p.VoidedAt is null && p.CapturedAmount == 0))
        {
            VoidResult result = await gateway.VoidAsync(new VoidRequest($"{orderId}:void:{authorization.AuthorizationId}", authorization.AuthorizationId), CancellationToken.None);
            if (result.Outcome is PaymentOutcome.TransientError or PaymentOutcome.Timeout)
            {
                throw new PaymentGatewayUnavailableException($"void of {authorization.AuthorizationId}: {result.Outcome}");
            }

            if (result.Outcome == PaymentOutcome.Approved)
            {
                await orders.UpdateAsync(orderId, o => o.RecordVoid(authorization.AuthorizationId, OrderUpdater.SystemActor, orders.Now), CancellationToken.None);
                voided.Add(authorization.AuthorizationId);
            }
        }

        return voided.Count == 0 ? "nothing to void" : "voided " + string.Join(", ", voided);
    }
}
