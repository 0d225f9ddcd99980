namespace OmsServerless.Domain.Orders;

/// <summary>Cancelling the whole order or some lines, until they ship or are collected.</summary>
public sealed partial class Order
{
    private static readonly OrderStatus[] BeforeSourcing =
    [
        OrderStatus.Received,
        OrderStatus.AddressValidated,
        OrderStatus.AwaitingFraudReview,
        OrderStatus.FraudAccepted,
        OrderStatus.PaymentAuthorized,
        OrderStatus.ParkedForReview,
    ];

    /// <summary>
    /// Cancels every line still to be fulfilled, and so the order. Refused with
    /// <see cref="OrderErrorCodes.TooLateToCancel"/> once any line shipped or was collected (cancel the remaining
    /// lines instead); cancelling a cancelled order changes nothing.
    /// </summary>
    public CancellationOutcome Cancel(string reason, string actor, DateTimeOffset at)
    {
        EnsureReason(reason, nameof(reason));
        EnsureActor(actor);
        List<string> handedOver = [.. state.Lines.Where(line => line.HasLeftTheBuilding).Select(line => line.LineId)];
        if (handedOver.Count > 0 && state.Status != OrderStatus.Cancelled)
        {
            throw TooLateToCancel(handedOver);
        }

        return CancelLines([.. state.Lines.Select(line => line.LineId)], reason, actor, at);
    }

    /// <summary>
    /// Cancels the named lines. Lines already cancelled or unfillable are left as they are (a repeated cancellation
    /// changes nothing); unknown lines (<see cref="OrderErrorCodes.LineNotFound"/>) or lines that shipped or were
    /// collected (<see cref="OrderErrorCodes.TooLateToCancel"/>) refuse the whole command. When no line is left to
    /// fulfil, the order is Cancelled. The outcome lists the allocations to release and the amounts to give back.
    /// </summary>
    public CancellationOutcome CancelLines(IReadOnlyCollection<string> lineIds, string reason, string actor, DateTimeOffset at)
    {
        EnsureReason(reason, nameof(reason));
        EnsureActor(actor);
        List<OrderLine> requested = FindLines(lineIds);
        if (state.Status == OrderStatus.Rejected)
        {
            throw IllegalTransition("cancel", "a rejected order has nothing left to cancel");
        }

        List<string> handedOver = [.. requested.Where(line => line.HasLeftTheBuilding).Select(line => line.LineId)];
        if (handedOver.Count > 0)
        {
            throw TooLateToCancel(handedOver);
        }

        List<OrderLine> toCancel = [.. requested.Where(line => line.IsActive)];
        List<string> unchanged = [.. requested.Where(line => !line.IsActive).Select(line => line.LineId)];
        if (toCancel.Count == 0)
        {
            return new CancellationOutcome([], unchanged, state.Status == OrderStatus.Cancelled);
        }

        var cancellation = new Cancellation(reason, actor, at);
        (IReadOnlyList<OrderLine> lines, IReadOnlyList<LineStatusChange> changes) =
            ChangeLines(toCancel, line => line with { Status = OrderLineStatus.Cancelled, Cancellation = cancellation });
        List<CancelledLine> cancelled = [.. toCancel.Select(line => new CancelledLine(line.LineId, line.Status, line.Allocations, line.LineTotal))];
        OrderSnapshot next = state with { Lines = lines };

        bool nothingLeft = !lines.Any(line => line.IsActive);
        if (nothingLeft)
        {
            Record(OrderEventKind.Cancelled, actor, at, next with { Status = OrderStatus.Cancelled, Cancellation = cancellation, ParkedFrom = null, ParkReason = null }, reason, null, changes);
        }
        else if (BeforeSourcing.Contains(state.Status))
        {
            Record(OrderEventKind.LinesCancelled, actor, at, next, reason, null, changes);
        }
        else
        {
            RecordLineDrivenChange(OrderEventKind.LinesCancelled, next, actor, at, reason, null, changes);
        }

        return new CancellationOutcome(cancelled, unchanged, nothingLeft);
    }

    private OrderRuleException TooLateToCancel(IEnumerable<string> handedOverLineIds) =>
        new(
            OrderErrorCodes.TooLateToCancel,
            $"Order {Id} cannot be cancelled: line {string.Join(", ", handedOverLineIds)} already shipped or was collected; return it instead.");
}
