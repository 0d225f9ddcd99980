using OmsServerless.Domain.Fulfillment;

namespace OmsServerless.Domain.Orders;

/// <summary>Events from the nodes: shipped, ready for pickup, picked up; and completion.</summary>
public sealed partial class Order
{
    /// <summary>Released ship-to-address lines → Shipped. Lines already shipped are skipped (node events arrive at least once).</summary>
    public void MarkLinesShipped(IReadOnlyCollection<string> lineIds, string actor, DateTimeOffset at, string? detail = null) =>
        MoveLines(
            "mark lines shipped",
            lineIds,
            OrderLineStatus.Shipped,
            OrderLineStatus.Released,
            line => line.DeliveryMethod == DeliveryMethod.ShipToAddress,
            "ship to an address",
            OrderEventKind.LinesShipped,
            actor,
            at,
            detail);

    /// <summary>Released lines collected in store (BOPIS, ROPIS, ship-to-store) → ReadyForPickup. Repeats are skipped.</summary>
    public void MarkLinesReadyForPickup(IReadOnlyCollection<string> lineIds, string actor, DateTimeOffset at, string? detail = null) =>
        MoveLines(
            "mark lines ready for pickup",
            lineIds,
            OrderLineStatus.ReadyForPickup,
            OrderLineStatus.Released,
            line => line.DeliveryMethod.IsCollectedInStore(),
            "are collected in store",
            OrderEventKind.LinesReadyForPickup,
            actor,
            at,
            detail);

    /// <summary>ReadyForPickup lines → PickedUp: the customer collected them. Repeats are skipped.</summary>
    public void MarkLinesPickedUp(IReadOnlyCollection<string> lineIds, string actor, DateTimeOffset at, string? detail = null) =>
        MoveLines(
            "mark lines picked up",
            lineIds,
            OrderLineStatus.PickedUp,
            OrderLineStatus.ReadyForPickup,
            _ => true,
            "are waiting for pickup",
            OrderEventKind.LinesPickedUp,
            actor,
            at,
            detail);

    /// <summary>Shipped → Completed: nothing is left to fulfil (for example, delivery was confirmed).</summary>
    public void Complete(string actor, DateTimeOffset at)
    {
        EnsureActor(actor);
        EnsureStatus("complete", OrderStatus.Shipped);
        Record(OrderEventKind.Completed, actor, at, state with { Status = OrderStatus.Completed });
    }

    private void MoveLines(
        string transition,
        IReadOnlyCollection<string> lineIds,
        OrderLineStatus to,
        OrderLineStatus from,
        Func<OrderLine, bool> fitsDeliveryMethod,
        string deliveryRequirement,
        OrderEventKind kind,
        string actor,
        DateTimeOffset at,
        string? detail)
    {
        EnsureActor(actor);
        List<OrderLine> targets = [.. FindLines(lineIds).Where(line => line.Status != to)];
        if (targets.Count == 0)
        {
            return;
        }

        EnsureLinesIn(transition, targets, from);
        List<string> wrongMethod = [.. targets.Where(line => !fitsDeliveryMethod(line)).Select(line => $"{line.LineId} ({line.DeliveryMethod})")];
        if (wrongMethod.Count > 0)
        {
            throw IllegalTransition(transition, $"only lines that {deliveryRequirement} can; not {string.Join(", ", wrongMethod)}");
        }

        (IReadOnlyList<OrderLine> lines, IReadOnlyList<LineStatusChange> changes) = ChangeLines(targets, line => line with { Status = to });
        RecordLineDrivenChange(kind, state with { Lines = lines }, actor, at, null, detail, changes);
    }
}
