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
/// activity is a round trip through the orchestration's queues. Both outcomes are worked out on the order as read and
/// stored in one write; when someone else changed the order meanwhile, they are applied to that version only where it
/// still awaits them.
/// </summary>
public sealed class ScreenOrderActivity(OrderUpdater orders, AddressValidator validator, IFraudHistory history, IFraudRuleSetSource ruleSets)
    : TaskActivity<string, OrderScreening>
{
    public override async Task<OrderScreening> RunAsync(TaskActivityContext context, string orderId)
    {
        StoredOrder read = await orders.ReadAsync(orderId, CancellationToken.None);
        Order draft = Order.Rehydrate(read.Snapshot);
        (AddressValidationResult? Shipping, AddressValidationResult? Billing)? addresses = null;
        if (draft.Status == OrderStatus.Received)
        {
            addresses = (Validate(draft.ShippingAddress), Validate(draft.BillingAddress));
            draft.RecordAddressValidation(addresses.Value.Shipping, addresses.Value.Billing, OrderUpdater.SystemActor, orders.Now);
        }

        FraudAssessment? assessment = draft.FraudAssessment is null && draft.Status == OrderStatus.AddressValidated
            ? await AssessAsync(draft)
            : null;

        (Order order, _) = await orders.UpdateAsync(read, current =>
        {
            // The results are checked by the aggregate against this version's addresses, should it differ from the one read.
            if (addresses is { } validated && current.Status == OrderStatus.Received)
            {
                current.RecordAddressValidation(validated.Shipping, validated.Billing, OrderUpdater.SystemActor, orders.Now);
            }

            if (assessment is not null && current.FraudAssessment is null && current.Status == OrderStatus.AddressValidated)
            {
                current.RecordFraudAssessment(assessment, OrderUpdater.SystemActor, orders.Now);
            }
        }, CancellationToken.None);

        if (order.FraudAssessment is null)
        {
            return order.Status == OrderStatus.Rejected
                ? new OrderScreening(false, order.RequiresPayment, null, order.Rejection?.Detail ?? "address invalid")
                : throw new InvalidOperationException($"Order {orderId} is {order.Status}; it can no longer be screened.");
        }

        FraudAssessment recorded = order.FraudAssessment;
        string fired = recorded.FiredRules.Count == 0 ? "no rule fired" : string.Join(", ", recorded.FiredRules.Select(r => r.RuleId));
        return new OrderScreening(true, order.RequiresPayment, recorded.Decision,
            $"{recorded.RuleSetId} v{recorded.RuleSetVersion}: {recorded.Decision} with score {recorded.TotalScore} ({fired})");
    }

    private AddressValidationResult? Validate(PostalAddress? address) => address is null ? null : validator.Validate(address);

    private async Task<FraudAssessment> AssessAsync(Order order)
    {
        FraudRuleSet ruleSet = await ruleSets.GetCurrentAsync(CancellationToken.None);
        string? card = PaymentFingerprint.OfToken(order.PaymentToken);
        string? address = PaymentFingerprint.OfAddress(order.ShippingAddress);
        await history.RecordAsync(order.Id, order.CreatedAt, order.TotalAmount, order.CustomerId, card, address, CancellationToken.None);
        FraudHistoryObservation seen = await history.ObserveAsync(
            order.Id, order.CreatedAt, order.CustomerId, card, address, ruleSet.RequiredVelocityWindows, CancellationToken.None);
        return ruleSet.Assess(order.ToFraudContext(seen.Customer.FirstOrderAt, seen.Customer.PriorOrderCount, card, seen.Velocity));
    }
}
