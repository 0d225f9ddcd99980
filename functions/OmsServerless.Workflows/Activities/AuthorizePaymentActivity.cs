using Microsoft.DurableTask;
using OmsServerless.Domain.Orders;
using OmsServerless.Domain.Payments;
using OmsServerless.Workflows.Orders;

namespace OmsServerless.Workflows.Activities;

/// <summary>
/// Holds the online-paid amount on the customer's card. The idempotency key is derived from the order id, so every
/// retry of this activity (by the retry policy or a redelivery) asks the gateway for the same authorization.
/// </summary>
public sealed class AuthorizePaymentActivity(OrderUpdater orders, IPaymentGateway gateway) : TaskActivity<string, PaymentStep>
{
    public static string IdempotencyKeyFor(string orderId) => $"{orderId}:authorize";

    public override async Task<PaymentStep> RunAsync(TaskActivityContext context, string orderId)
    {
        StoredOrder stored = await orders.ReadAsync(orderId, CancellationToken.None);
        var order = Order.Rehydrate(stored.Snapshot);
        if (order.Payments.Count > 0)
        {
            return new PaymentStep(true, $"authorization {order.Payments[0].AuthorizationId} already held");
        }

        if (order.Status != OrderStatus.FraudAccepted)
        {
            return new PaymentStep(false, $"order is {order.Status}, not awaiting payment");
        }

        AuthorizationResult result = await gateway.AuthorizeAsync(
            new AuthorizationRequest(IdempotencyKeyFor(orderId), orderId, order.PaymentToken!, order.PayableAmount, order.Currency),
            CancellationToken.None);

        switch (result.Outcome)
        {
            case PaymentOutcome.Approved:
                PaymentAuthorization authorization = result.ToPaymentAuthorization();
                await orders.UpdateAsync(stored, o => o.RecordPaymentAuthorization(authorization, OrderUpdater.SystemActor, orders.Now), CancellationToken.None);
                return new PaymentStep(true, $"authorized {authorization.AuthorizedAmount} {authorization.Currency} ({authorization.AuthorizationId})");
            case PaymentOutcome.TransientError or PaymentOutcome.Timeout:
                throw new PaymentGatewayUnavailableException($"{result.Outcome}: {result.Message}");
            default:
                string code = result.ReasonCode ?? result.Outcome.ToString();
                await orders.UpdateAsync(stored, o =>
                {
                    if (o.Status == OrderStatus.FraudAccepted)
                    {
                        o.RejectForDeclinedPayment(code, OrderUpdater.SystemActor, orders.Now);
                    }
                }, CancellationToken.None);
                return new PaymentStep(false, $"{result.Outcome}: {code}");
        }
    }
}
