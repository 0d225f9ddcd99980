using Microsoft.DurableTask;
using OmsServerless.Domain.Addresses;
using OmsServerless.Domain.Fraud;
using OmsServerless.Domain.Orders;
using OmsServerless.Workflows.Orders;

namespace OmsServerless.Workflows.Activities;

/// <summary>
/// Screens a new order: validates and normalises its addresses (structure per country, postal code geocodes), then
/// scores it against the fraud rule set in force (the order enters the velocity history once, however often this
/// runs). One activity for both because neither has side effects outside the order and the history, and every
/// activity is a round trip through the orchestration's queues.
/// </summary>
public sealed class ScreenOrderActivity(OrderUpdater orders, AddressValidator validator, IFraudHistory history, IFraudRuleSetSource ruleSets)
    : TaskActivity<string, OrderScreening>
{
    public override async Task<OrderScreening> RunAsync(TaskActivityContext context, string orderId)
    {
        (Order order, StoredOrder stored) = await orders.UpdateAsync(await orders.ReadAsync(orderId, CancellationToken.None), order =>
        {
            if (order.Status == OrderStatus.Received)
            {
                AddressValidationResult? shipping = order.ShippingAddress is null ? null : validator.Validate(order.ShippingAddress);
                AddressValidationResult? billing = order.BillingAddress is null ? null : validator.Validate(order.BillingAddress);
                order.RecordAddressValidation(shipping, billing, OrderUpdater.SystemActor, orders.Now);
            }
        }, CancellationToken.None);

        if (order.FraudAssessment is null && order.Status == OrderStatus.Rejected)
        {
            return new OrderScreening(false, order.RequiresPayment, null, order.Rejection?.Detail ?? "address invalid");
        }

        if (order.FraudAssessment is null)
        {
            FraudAssessment assessment = await AssessAsync(order);
            (order, _) = await orders.UpdateAsync(stored, current =>
            {
                if (current.FraudAssessment is null)
                {
                    current.RecordFraudAssessment(assessment, OrderUpdater.SystemActor, orders.Now);
                }
            }, CancellationToken.None);
        }

        FraudAssessment recorded = order.FraudAssessment!;
        string fired = recorded.FiredRules.Count == 0 ? "no rule fired" : string.Join(", ", recorded.FiredRules.Select(r => r.RuleId));
        return new OrderScreening(true, order.RequiresPayment, recorded.Decision,
            $"{recorded.RuleSetId} v{recorded.RuleSetVersion}: {recorded.Decision} with score {recorded.TotalScore} ({fired})");
    }

    private async Task<FraudAssessment> AssessAsync(Order order)
    {
        FraudRuleSet ruleSet = await ruleSets.GetCurrentAsync(CancellationToken.None);
        string? card = PaymentFingerprint.OfToken(order.PaymentToken);
        string? address = PaymentFingerprint.OfAddress(order.ShippingAddress);
        await history.RecordAsync(order.Id, order.CreatedAt, order.TotalAmount, order.CustomerId, card, address, CancellationToken.None);
        IReadOnlyList<VelocityObservation> velocity = await history.ObserveAsync(
            order.Id, order.CreatedAt, order.CustomerId, card, address, ruleSet.RequiredVelocityWindows, CancellationToken.None);
        CustomerHistory customer = await history.GetCustomerHistoryAsync(order.CustomerId, order.Id, CancellationToken.None);
        return ruleSet.Assess(order.ToFraudContext(customer.FirstOrderAt, customer.PriorOrderCount, card, velocity));
    }
}
