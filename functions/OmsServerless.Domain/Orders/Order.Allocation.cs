namespace OmsServerless.Domain.Orders;

/// <summary>Sourcing results, remedial re-routing, backorders and release to the nodes.</summary>
public sealed partial class Order
{
    private static readonly OrderStatus[] FulfilmentPhaseStatuses =
    [
        OrderStatus.PaymentAuthorized,
        OrderStatus.FraudAccepted,
        OrderStatus.Allocated,
        OrderStatus.Released,
        OrderStatus.PartiallyShipped,
        OrderStatus.ReadyForPickup,
        OrderStatus.Backordered,
    ];

    /// <summary>
    /// Applies one sourcing run to the lines waiting for it (Open or Backordered): allocated lines take their
    /// allocations, the others become Backordered or Unfillable. Allowed once payment is authorized (or not needed)
    /// and later for lines given back or backordered. The order status follows the lines; when no active line is
    /// left it is Rejected (NotFillable). A plan that does not account for exactly the waiting lines is refused with
    /// every problem (<see cref="OrderErrorCodes.AllocationInvalid"/>).
    /// </summary>
    public void ApplyAllocation(AllocationPlan plan, string actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(plan);
        EnsureActor(actor);
        EnsureStatus("apply an allocation", FulfilmentPhaseStatuses);
        if (state.Status == OrderStatus.FraudAccepted && RequiresPayment)
        {
            throw new OrderRuleException(OrderErrorCodes.PaymentRequired, $"Order {Id} must be authorized before it is sourced.");
        }

        List<OrderLine> waiting = [.. state.Lines.Where(line => line.Status is OrderLineStatus.Open or OrderLineStatus.Backordered)];
        if (waiting.Count == 0)
        {
            throw IllegalTransition("apply an allocation", "no line waits for sourcing");
        }

        List<string> problems = AllocationPlanRules.Check(plan, waiting, state.Lines);
        if (problems.Count > 0)
        {
            throw new OrderRuleException(
                OrderErrorCodes.AllocationInvalid,
                $"The allocation plan for order {Id} does not fit: {string.Join("; ", problems)}.");
        }

        IReadOnlyList<LineAllocation> allocations = plan.Allocations ?? [];
        IReadOnlyList<string> unfillableLineIds = plan.UnfillableLineIds ?? [];
        ILookup<string, LineAllocation> allocationsByLine = allocations.ToLookup(allocation => allocation.LineId, StringComparer.Ordinal);
        HashSet<string> unfillable = new(unfillableLineIds, StringComparer.Ordinal);
        (IReadOnlyList<OrderLine> lines, IReadOnlyList<LineStatusChange> changes) = ChangeLines(waiting, line =>
            allocationsByLine.Contains(line.LineId)
                ? line with { Status = OrderLineStatus.Allocated, Allocations = [.. allocationsByLine[line.LineId]] }
                : line with { Status = unfillable.Contains(line.LineId) ? OrderLineStatus.Unfillable : OrderLineStatus.Backordered, Allocations = [] });

        var decision = new AllocationDecision(
            plan.RoutingExplanationRef,
            plan.SourcingRuleSet,
            at,
            [.. allocationsByLine.Select(group => group.Key)],
            [.. plan.BackorderedLineIds ?? []],
            [.. unfillableLineIds]);
        OrderSnapshot sourced = state with
        {
            Lines = lines,
            SourcingRuleSet = plan.SourcingRuleSet,
            AllocationDecisions = [.. state.AllocationDecisions, decision],
        };
        string detail = $"routing {plan.RoutingExplanationRef} by {plan.SourcingRuleSet.Id} v{plan.SourcingRuleSet.Version}; " +
                        string.Join(", ", allocations.Select(allocation => $"{allocation.LineId}: {allocation.Quantity} from {allocation.NodeId} ({allocation.ShipmentId})"));
        RecordLineDrivenChange(OrderEventKind.Allocated, sourced, actor, at, null, detail, changes);
    }

    /// <summary>
    /// Gives allocated or released lines back for re-routing (a node rejected them, picked short or missed its SLA):
    /// they become Open without allocations. Returns the allocations whose reservations the caller must release.
    /// </summary>
    public IReadOnlyList<LineAllocation> Deallocate(IReadOnlyCollection<string> lineIds, string reason, string actor, DateTimeOffset at)
    {
        EnsureReason(reason, nameof(reason));
        EnsureActor(actor);
        EnsureStatus("deallocate", FulfilmentPhaseStatuses);
        List<OrderLine> targets = FindLines(lineIds);
        EnsureLinesIn("deallocate", targets, OrderLineStatus.Allocated, OrderLineStatus.Released);
        List<LineAllocation> released = [.. targets.SelectMany(line => line.Allocations)];
        (IReadOnlyList<OrderLine> lines, IReadOnlyList<LineStatusChange> changes) =
            ChangeLines(targets, line => line with { Status = OrderLineStatus.Open, Allocations = [] });
        RecordLineDrivenChange(OrderEventKind.Deallocated, state with { Lines = lines }, actor, at, reason, null, changes);
        return released;
    }

    /// <summary>
    /// Backordered lines that will not be restocked in time become Unfillable; an order left with no active line is
    /// Rejected (NotFillable).
    /// </summary>
    public void GiveUpBackorders(string reason, string actor, DateTimeOffset at)
    {
        EnsureReason(reason, nameof(reason));
        EnsureActor(actor);
        EnsureStatus("give up backorders", FulfilmentPhaseStatuses);
        List<OrderLine> backordered = [.. state.Lines.Where(line => line.Status == OrderLineStatus.Backordered)];
        if (backordered.Count == 0)
        {
            throw IllegalTransition("give up backorders", "no line is backordered");
        }

        (IReadOnlyList<OrderLine> lines, IReadOnlyList<LineStatusChange> changes) =
            ChangeLines(backordered, line => line with { Status = OrderLineStatus.Unfillable });
        RecordLineDrivenChange(OrderEventKind.BackordersGivenUp, state with { Lines = lines }, actor, at, reason, null, changes);
    }

    /// <summary>
    /// Sends every allocated line to its node: Allocated → Released. Refused before anything is allocated.
    /// Returns the released allocations, from which the caller builds one fulfilment order per node and shipment.
    /// </summary>
    public IReadOnlyList<LineAllocation> Release(string actor, DateTimeOffset at)
    {
        EnsureActor(actor);
        EnsureStatus(
            "release to fulfilment",
            OrderStatus.Allocated,
            OrderStatus.Released,
            OrderStatus.PartiallyShipped,
            OrderStatus.ReadyForPickup);
        List<OrderLine> allocated = [.. state.Lines.Where(line => line.Status == OrderLineStatus.Allocated)];
        if (allocated.Count == 0)
        {
            throw IllegalTransition("release to fulfilment", "no line is allocated");
        }

        (IReadOnlyList<OrderLine> lines, IReadOnlyList<LineStatusChange> changes) =
            ChangeLines(allocated, line => line with { Status = OrderLineStatus.Released });
        List<LineAllocation> released = [.. allocated.SelectMany(line => line.Allocations)];
        string detail = string.Join(", ", released.Select(allocation => allocation.ShipmentId).Distinct(StringComparer.Ordinal));
        RecordLineDrivenChange(OrderEventKind.Released, state with { Lines = lines }, actor, at, null, $"shipments {detail}", changes);
        return released;
    }

    /// <summary>
    /// Commits a change after which the order status follows its lines; with no active line left (the last ones
    /// became unfillable) the order is Rejected (NotFillable).
    /// </summary>
    private void RecordLineDrivenChange(
        OrderEventKind kind,
        OrderSnapshot next,
        string actor,
        DateTimeOffset at,
        string? reason,
        string? detail,
        IReadOnlyList<LineStatusChange> changes)
    {
        OrderStatus? rolledUp = OrderStatusRollup.Derive(next.Lines, ReadyToSourceStatus);
        if (rolledUp is { } status)
        {
            Record(kind, actor, at, next with { Status = status }, reason, detail, changes);
            return;
        }

        string unfillable = string.Join(", ", next.Lines.Where(line => line.Status == OrderLineStatus.Unfillable).Select(line => line.LineId));
        string rejectionDetail = $"No line can be fulfilled; unfillable: {unfillable}";
        Record(OrderEventKind.Rejected, actor, at, Rejected(next, RejectionReason.NotFillable, rejectionDetail, actor, at), reason ?? "not fillable", detail ?? rejectionDetail, changes);
    }

    private void EnsureLinesIn(string transition, IEnumerable<OrderLine> lines, params OrderLineStatus[] allowed)
    {
        List<string> misplaced = [.. lines.Where(line => !allowed.Contains(line.Status)).Select(line => $"{line.LineId} is {line.Status}")];
        if (misplaced.Count > 0)
        {
            throw IllegalTransition(transition, $"line {string.Join(", ", misplaced)}");
        }
    }
}
