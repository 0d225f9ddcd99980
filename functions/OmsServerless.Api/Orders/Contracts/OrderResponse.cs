using OmsServerless.Domain.Addresses;
using OmsServerless.Domain.Fraud;
using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Orders;
using OmsServerless.Domain.Payments;
using OmsServerless.Domain.RuleSets;
using OmsServerless.Domain.Sourcing;
using OmsServerless.Domain.Sourcing.Decisions;

namespace OmsServerless.Api.Orders.Contracts;

/// <summary>An order as customer service and storefronts see it: status per order and line, where each line is
/// sourced from and why, payments, fraud verdict, fulfillment orders and the full timeline.</summary>
public sealed record OrderResponse(
    string OrderId,
    OrderStatus Status,
    string? Stage,
    SalesChannel Channel,
    CustomerPreference Preference,
    string CustomerId,
    string CustomerEmail,
    DateTimeOffset CreatedAt,
    long Version,
    string Currency,
    decimal Total,
    decimal PayableOnline,
    PostalAddress? ShippingAddress,
    PostalAddress? BillingAddress,
    IReadOnlyList<OrderLineResponse> Lines,
    IReadOnlyList<PaymentResponse> Payments,
    FraudResponse? Fraud,
    IReadOnlyList<RoutingResponse> Routing,
    IReadOnlyList<FulfillmentOrderResponse> FulfillmentOrders,
    RejectionResponse? Rejection,
    Cancellation? Cancellation,
    IReadOnlyList<TimelineEntryResponse> Timeline)
{
    public static OrderResponse From(
        OrderSnapshot order, string? stage, IReadOnlyList<FulfillmentOrder> fulfillmentOrders, IReadOnlyDictionary<string, SourcingDecision> decisions)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentNullException.ThrowIfNull(fulfillmentOrders);
        ArgumentNullException.ThrowIfNull(decisions);
        var aggregate = Order.Rehydrate(order);
        return new OrderResponse(
            order.OrderId,
            order.Status,
            stage,
            order.Channel,
            order.Preference,
            order.CustomerId,
            order.CustomerEmail,
            order.CreatedAt,
            order.Version,
            order.Currency,
            aggregate.TotalAmount,
            aggregate.PayableAmount,
            order.ShippingAddress,
            order.BillingAddress,
            [.. order.Lines.Select(l => new OrderLineResponse(
                l.LineId, l.Sku, l.Quantity, l.UnitPrice, l.LineTotal, l.DeliveryMethod, l.StoreId, l.Status,
                [.. l.Allocations.Select(a => new LineAllocationResponse(a.NodeId, a.Quantity, a.ShipmentId))], l.Cancellation))],
            [.. order.Payments.Select(p => new PaymentResponse(
                p.AuthorizationId, p.Status, p.AuthorizedAmount, p.ReversedAmount, p.RemainingAmount, p.CapturedAmount, p.RefundedAmount, p.Currency, p.AuthorizedAt, p.ExpiresAt, p.VoidedAt))],
            order.FraudAssessment is { } fraud
                ? new FraudResponse(fraud.Decision, fraud.TotalScore, new RuleSetReference(fraud.RuleSetId, fraud.RuleSetVersion),
                    [.. fraud.FiredRules.Select(r => new FiredRuleResponse(r.RuleId, r.Score, r.HardReject, r.Explanation))], order.FraudReview?.Note)
                : null,
            [.. order.AllocationDecisions.Select(d => new RoutingResponse(
                d.DecidedAt, d.SourcingRuleSet, d.RoutingExplanationRef, d.AllocatedLineIds, d.BackorderedLineIds, d.UnfillableLineIds,
                decisions.GetValueOrDefault(d.RoutingExplanationRef)))],
            [.. fulfillmentOrders.Select(f => new FulfillmentOrderResponse(
                f.FulfillmentOrderId, f.NodeId, f.ShipmentId, f.DeliveryMethod, f.PickupStoreId, f.Status,
                [.. f.Lines.Select(l => new FulfillmentLineResponse(l.LineId, l.Sku, l.Quantity))], f.ReleasedAt))],
            order.Rejection is { } rejection ? new RejectionResponse(rejection.Reason, rejection.CustomerMessage, rejection.RejectedAt) : null,
            order.Cancellation,
            [.. order.Timeline.Select(t => new TimelineEntryResponse(t.Version, t.At, t.Actor, t.Event, t.FromStatus, t.ToStatus, t.Reason, t.Detail))]);
    }
}

public sealed record OrderLineResponse(
    string LineId,
    string Sku,
    int Quantity,
    decimal UnitPrice,
    decimal LineTotal,
    DeliveryMethod DeliveryMethod,
    string? StoreId,
    OrderLineStatus Status,
    IReadOnlyList<LineAllocationResponse> Allocations,
    Cancellation? Cancellation);

public sealed record LineAllocationResponse(string NodeId, int Quantity, string ShipmentId);

/// <param name="Reversed">Given back before capture because lines left the order.</param>
/// <param name="Held">Still blocked on the card and capturable.</param>
public sealed record PaymentResponse(
    string AuthorizationId,
    PaymentAuthorizationStatus Status,
    decimal Authorized,
    decimal Reversed,
    decimal Held,
    decimal Captured,
    decimal Refunded,
    string Currency,
    DateTimeOffset AuthorizedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? VoidedAt);

public sealed record FraudResponse(FraudDecision Decision, int Score, RuleSetReference RuleSet, IReadOnlyList<FiredRuleResponse> FiredRules, string? ReviewNote);

public sealed record FiredRuleResponse(string RuleId, int Score, bool HardReject, string Explanation);

/// <param name="Decision">The routing engine's full decision (candidates, scores, shipments, costs, dates), when still stored.</param>
public sealed record RoutingResponse(
    DateTimeOffset DecidedAt,
    RuleSetReference RuleSet,
    string ExplanationRef,
    IReadOnlyList<string> AllocatedLineIds,
    IReadOnlyList<string> BackorderedLineIds,
    IReadOnlyList<string> UnfillableLineIds,
    SourcingDecision? Decision);

public sealed record FulfillmentOrderResponse(
    string FulfillmentOrderId,
    string NodeId,
    string ShipmentId,
    DeliveryMethod DeliveryMethod,
    string? PickupStoreId,
    FulfillmentOrderStatus Status,
    IReadOnlyList<FulfillmentLineResponse> Lines,
    DateTimeOffset ReleasedAt);

public sealed record FulfillmentLineResponse(string LineId, string Sku, int Quantity);

/// <param name="Message">What to tell the customer.</param>
public sealed record RejectionResponse(RejectionReason Reason, string Message, DateTimeOffset RejectedAt);

public sealed record TimelineEntryResponse(
    long Version, DateTimeOffset At, string Actor, OrderEventKind Event, OrderStatus From, OrderStatus To, string? Reason, string? Detail);
