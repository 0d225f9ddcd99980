using OmsServerless.Domain.Payments;

namespace OmsServerless.Domain.Orders;

/// <summary>Payment authorization and the money moved against it, recorded as the gateway reports it.</summary>
public sealed partial class Order
{
    /// <summary>
    /// FraudAccepted → PaymentAuthorized. The authorization must be in the order currency and cover the payable
    /// amount. Recording the same authorization again changes nothing; a second, different one is refused
    /// (<see cref="OrderErrorCodes.PaymentAlreadyAuthorized"/>).
    /// </summary>
    public void RecordPaymentAuthorization(PaymentAuthorization authorization, string actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(authorization);
        EnsureActor(actor);
        if (state.Payments.Any(payment => payment.AuthorizationId == authorization.AuthorizationId))
        {
            return;
        }

        if (state.Payments.Count > 0)
        {
            throw new OrderRuleException(
                OrderErrorCodes.PaymentAlreadyAuthorized,
                $"Order {Id} is already authorized by {state.Payments[0].AuthorizationId}; it cannot take {authorization.AuthorizationId} as well.");
        }

        EnsureStatus("record a payment authorization", OrderStatus.FraudAccepted);
        EnsurePaymentRequired();
        if (authorization.Currency != Currency || authorization.AuthorizedAmount < PayableAmount)
        {
            throw new OrderRuleException(
                OrderErrorCodes.PaymentMismatch,
                $"Authorization {authorization.AuthorizationId} holds {Money(authorization.AuthorizedAmount, authorization.Currency)}; order {Id} needs {Money(PayableAmount, Currency)}.");
        }

        Record(
            OrderEventKind.PaymentAuthorized,
            actor,
            at,
            state with { Status = OrderStatus.PaymentAuthorized, Payments = [authorization] },
            detail: $"{authorization.AuthorizationId} holds {Money(authorization.AuthorizedAmount, authorization.Currency)} until {authorization.ExpiresAt:O}");
    }

    /// <summary>FraudAccepted → Rejected (PaymentDeclined): the gateway finally refused the authorization.</summary>
    /// <param name="declineCode">The gateway's reason code, kept for operations; the customer sees a generic message.</param>
    public void RejectForDeclinedPayment(string declineCode, string actor, DateTimeOffset at)
    {
        EnsureReason(declineCode, nameof(declineCode));
        EnsureActor(actor);
        EnsureStatus("reject for a declined payment", OrderStatus.FraudAccepted);
        EnsurePaymentRequired();
        string detail = $"Payment declined: {declineCode}";
        Record(OrderEventKind.Rejected, actor, at, Rejected(state, RejectionReason.PaymentDeclined, detail, actor, at), "payment declined", detail);
    }

    /// <summary>Records money captured by the gateway; the same capture again changes nothing.</summary>
    public void RecordCapture(string authorizationId, PaymentCapture capture, string actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(capture);
        EnsureActor(actor);
        PaymentAuthorization authorization = Authorization(authorizationId);
        if (authorization.HasCapture(capture.CaptureId))
        {
            return;
        }

        ThrowIfViolated(authorization.CheckCapture(capture.Amount, capture.CapturedAt));
        ReplacePayment(
            authorization.WithCapture(capture),
            OrderEventKind.PaymentCaptured,
            actor,
            at,
            $"{capture.CaptureId}: {Money(capture.Amount, authorization.Currency)} from {authorization.AuthorizationId}");
    }

    /// <summary>Records money refunded by the gateway from one capture; the same refund again changes nothing.</summary>
    public void RecordRefund(PaymentRefund refund, string actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(refund);
        EnsureActor(actor);
        PaymentAuthorization authorization = state.Payments.FirstOrDefault(payment => payment.HasCapture(refund.CaptureId))
            ?? throw new OrderRuleException(OrderErrorCodes.UnknownAuthorization, $"Order {Id} has no capture {refund.CaptureId}.");
        if (authorization.Refunds.Any(existing => existing.RefundId == refund.RefundId))
        {
            return;
        }

        ThrowIfViolated(authorization.CheckRefund(refund.CaptureId, refund.Amount));
        ReplacePayment(
            authorization.WithRefund(refund),
            OrderEventKind.PaymentRefunded,
            actor,
            at,
            $"{refund.RefundId}: {Money(refund.Amount, authorization.Currency)} of {refund.CaptureId}");
    }

    /// <summary>Records part of a hold the gateway gave back; the same reversal again changes nothing.</summary>
    public void RecordReversal(string authorizationId, PaymentReversal reversal, string actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(reversal);
        EnsureActor(actor);
        PaymentAuthorization authorization = Authorization(authorizationId);
        if (authorization.HasReversal(reversal.ReversalId))
        {
            return;
        }

        ThrowIfViolated(authorization.CheckReversal(reversal.Amount, reversal.ReversedAt));
        ReplacePayment(
            authorization.WithReversal(reversal),
            OrderEventKind.PaymentReversed,
            actor,
            at,
            $"{reversal.ReversalId}: {Money(reversal.Amount, authorization.Currency)} of {authorization.AuthorizationId} given back");
    }

    /// <summary>Records that the gateway released the authorization's hold at <paramref name="at"/>; repeating it changes nothing.</summary>
    public void RecordVoid(string authorizationId, string actor, DateTimeOffset at)
    {
        EnsureActor(actor);
        PaymentAuthorization authorization = Authorization(authorizationId);
        if (authorization.VoidedAt is not null)
        {
            return;
        }

        ThrowIfViolated(authorization.CheckVoid());
        ReplacePayment(authorization.WithVoid(at), OrderEventKind.PaymentVoided, actor, at, $"{authorization.AuthorizationId} voided");
    }

    private PaymentAuthorization Authorization(string authorizationId) =>
        state.Payments.FirstOrDefault(payment => payment.AuthorizationId == authorizationId)
        ?? throw new OrderRuleException(OrderErrorCodes.UnknownAuthorization, $"Order {Id} has no authorization {authorizationId}.");

    private void ReplacePayment(PaymentAuthorization changed, OrderEventKind kind, string actor, DateTimeOffset at, string detail)
    {
        List<PaymentAuthorization> payments =
            [.. state.Payments.Select(payment => payment.AuthorizationId == changed.AuthorizationId ? changed : payment)];
        Record(kind, actor, at, state with { Payments = payments }, detail: detail);
    }

    private void EnsurePaymentRequired()
    {
        if (!RequiresPayment)
        {
            throw new OrderRuleException(
                OrderErrorCodes.PaymentNotRequired,
                $"Order {Id} has no line paid online: it is paid in store and skips authorization.");
        }
    }

    private static void ThrowIfViolated(PaymentRuleViolation? violation)
    {
        if (violation is not null)
        {
            throw new OrderRuleException(violation.Code, violation.Message);
        }
    }
}
