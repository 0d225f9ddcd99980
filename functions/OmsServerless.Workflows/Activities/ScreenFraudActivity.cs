using Microsoft.DurableTask;
using OmsServerless.Domain.Fraud;
using OmsServerless.Domain.Orders;
using OmsServerless.Workflows.Orders;

namespace OmsServerless.Workflows.Activities;

/// <summary>
/// Scores the order against the fraud rule set in force: records it in the velocity history (once, however often
/// this runs), observes the windows the rule set asks for, and stores the assessment on the order.
/// </summary>
public sealed class ScreenFraudActivity(OrderUpdater orders, IFraudHistory history, IFraudRuleSetProvider ruleSets)
    : TaskActivity<string, FraudScreening>
{
    public override async Task<FraudScreening> RunAsync(TaskActivityContext context, string orderId)
    {
        Order order = await orders.LoadAsync(orderId, CancellationToken.None);
        if (order.FraudAssessment is null)
        {
            FraudRuleSet ruleSet = ruleSets.Current;
            string? card = PaymentFingerprint.OfToken(order.PaymentToken);
            string? address = PaymentFingerprint.OfAddress(order.ShippingAddress);
            await history.RecordAsync(orderId, order.CreatedAt, order.TotalAmount, order.CustomerId, card, address, CancellationToken.None);
            IReadOnlyList<VelocityObservation> velocity = await history.ObserveAsync(
                orderId, order.CreatedAt, order.CustomerId, card, address, ruleSet.RequiredVelocityWindows, CancellationToken.None);
            CustomerHistory customer = await history.GetCustomerHistoryAsync(order.CustomerId, orderId, CancellationToken.None);
            FraudAssessment assessment = ruleSet.Assess(order.ToFraudContext(customer.FirstOrderAt, customer.PriorOrderCount, card, velocity));
            order = await orders.UpdateAsync(orderId, current =>
            {
                if (current.FraudAssessment is null)
                {
                    current.RecordFraudAssessment(assessment, OrderUpdater.SystemActor, orders.Now);
                }
            }, CancellationToken.None);
        }

        FraudAssessment recorded = order.FraudAssessment!;
        string fired = recorded.FiredRules.Count == 0 ? "no rule fired" : string.Join(", ", recorded.FiredRules.Select(r => r.RuleId));
        return new FraudScreening(recorded.Decision, recorded.TotalScore, $"{recorded.RuleSetId} v{recorded.RuleSetVersion}: score {recorded.TotalScore} ({fired})");
    }
}
