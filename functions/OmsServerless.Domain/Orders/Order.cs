using System.Globalization;
using OmsServerless.Domain.Addresses;
using OmsServerless.Domain.Fraud;
using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Geography;
using OmsServerless.Domain.Payments;
using OmsServerless.Domain.Sourcing;

namespace OmsServerless.Domain.Orders;

/// <summary>
/// The order aggregate: it guards its own state machine and that of its lines. Each transition is one method that
/// either applies the change completely (new version, one timeline entry) or throws an
/// <see cref="OrderRuleException"/> with a stable code and changes nothing, so callers never re-check.
/// </summary>
/// <remarks>
/// Order states: Received → AddressValidated → (AwaitingFraudReview) → FraudAccepted → PaymentAuthorized (skipped
/// when no line is paid online) → Allocated → Released → PartiallyShipped / ReadyForPickup → Shipped → Completed;
/// Backordered while no active line can be sourced; ParkedForReview holds an unreleased order for operations;
/// Rejected and Cancelled are terminal. From allocation on, the status is derived from the lines.
/// Line states: Open → Allocated → Released → Shipped, or → ReadyForPickup → PickedUp; Backordered and Open lines
/// wait for sourcing; Unfillable and Cancelled are terminal. Repeating a command whose effect is already there
/// (the same authorization, capture, cancellation or line event) is a no-op, because Durable activities run at least once.
/// </remarks>
public sealed partial class Order
{
    private const int MaxActorLength = 100;

    private OrderSnapshot state;

    private Order(OrderSnapshot state) => this.state = state;

    public string Id => state.OrderId;

    public OrderStatus Status => state.Status;

    /// <summary>Increases by one with every change; never for a repeated command that changed nothing.</summary>
    public long Version => state.Version;

    public SalesChannel Channel => state.Channel;

    public CustomerPreference Preference => state.Preference;

    public string CustomerId => state.CustomerId;

    public string CustomerEmail => state.CustomerEmail;

    public string Currency => state.Currency;

    public string? PaymentToken => state.PaymentToken;

    public PostalAddress? ShippingAddress => state.ShippingAddress;

    public PostalAddress? BillingAddress => state.BillingAddress;

    /// <summary>Centroid of the shipping postal code, once addresses are validated.</summary>
    public GeoPoint? ShippingLocation => state.ShippingLocation;

    public GeoPoint? BillingLocation => state.BillingLocation;

    public DateTimeOffset CreatedAt => state.CreatedAt;

    public IReadOnlyList<OrderLine> Lines => state.Lines;

    public IReadOnlyList<OrderTimelineEntry> Timeline => state.Timeline;

    public IReadOnlyList<PaymentAuthorization> Payments => state.Payments;

    public FraudAssessment? FraudAssessment => state.FraudAssessment;

    public OrderRejection? Rejection => state.Rejection;

    /// <summary>What the active lines are worth.</summary>
    public decimal TotalAmount => state.Lines.Where(line => line.IsActive).Sum(line => line.LineTotal);

    /// <summary>What the active lines paid online are worth: the amount to authorize, and at most what gets captured.</summary>
    public decimal PayableAmount =>
        state.Lines.Where(line => line.IsActive && line.DeliveryMethod.IsPaidOnline()).Sum(line => line.LineTotal);

    /// <summary>False when every active line is reserved and paid in store (ROPIS): such orders skip payment.</summary>
    public bool RequiresPayment => state.Lines.Any(line => line.IsActive && line.DeliveryMethod.IsPaidOnline());

    public decimal CapturedAmount => state.Payments.Sum(payment => payment.CapturedAmount);

    public decimal RefundedAmount => state.Payments.Sum(payment => payment.RefundedAmount);

    /// <summary>Accepts a new order. Throws <see cref="OrderErrorCodes.CaptureInvalid"/> with every fault when the request breaks the capture rules.</summary>
    public static Order Create(string orderId, NewOrderRequest request, DateTimeOffset createdAt, string actor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(orderId);
        ArgumentNullException.ThrowIfNull(request);
        EnsureActor(actor);
        if (orderId.Length > OrderCaptureLimits.MaxIdLength)
        {
            throw new ArgumentException($"Order ids are at most {OrderCaptureLimits.MaxIdLength} characters.", nameof(orderId));
        }

        IReadOnlyList<OrderCaptureFault> faults = OrderCaptureValidator.Validate(request);
        if (faults.Count > 0)
        {
            throw new OrderRuleException(
                OrderErrorCodes.CaptureInvalid,
                $"The order request has {faults.Count} fault(s): {string.Join("; ", faults.Select(fault => $"{fault.Path}: {fault.Message}"))}",
                faults);
        }

        var order = new Order(new OrderSnapshot
        {
            OrderId = orderId,
            Channel = request.Channel!.Value,
            CustomerId = request.CustomerId!.Trim(),
            CustomerEmail = request.CustomerEmail!.Trim(),
            ShippingAddress = request.ShippingAddress,
            BillingAddress = request.BillingAddress,
            Currency = request.Currency!,
            PaymentToken = request.PaymentToken,
            CreatedAt = createdAt,
            Status = OrderStatus.Received,
            Version = 0,
            Lines = CreateLines(request.Lines!),
            Preference = request.Preference ?? CustomerPreference.Standard,
        });
        order.Record(OrderEventKind.Created, actor, createdAt, order.state, detail: $"{request.Lines!.Count} line(s) from {request.Channel}");
        return order;
    }

    /// <summary>Rebuilds an order from its stored snapshot, refusing one that breaks the aggregate's invariants.</summary>
    public static Order Rehydrate(OrderSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        List<string> problems = OrderSnapshotInvariants.Check(snapshot);
        if (problems.Count > 0)
        {
            throw new OrderRuleException(
                OrderErrorCodes.SnapshotInvalid,
                $"Order snapshot {snapshot.OrderId} is invalid: {string.Join("; ", problems)}");
        }

        // Deserialized lists are mutable List<T>s the caller still holds; copy so the aggregate alone controls its state.
        return new Order(snapshot with
        {
            Lines = [.. snapshot.Lines.Select(line => line with { Allocations = [.. line.Allocations] })],
            Timeline = [.. snapshot.Timeline],
            Payments = [.. snapshot.Payments],
            AddressCorrections = [.. snapshot.AddressCorrections],
            AllocationDecisions = [.. snapshot.AllocationDecisions],
        });
    }

    /// <summary>The order's complete state, to store or to pass to an activity. Immutable; later changes do not affect it.</summary>
    public OrderSnapshot ToSnapshot() => state;

    /// <summary>Finds a line; an unknown id is refused with <see cref="OrderErrorCodes.LineNotFound"/>.</summary>
    public OrderLine Line(string lineId) =>
        state.Lines.FirstOrDefault(line => line.LineId == lineId)
        ?? throw new OrderRuleException(OrderErrorCodes.LineNotFound, $"Order {Id} has no line {lineId}.");

    private static IReadOnlyList<OrderLine> CreateLines(IReadOnlyList<NewOrderLine?> requested)
    {
        var usedIds = new HashSet<string>(requested.Select(line => line!.LineId).OfType<string>(), StringComparer.Ordinal);
        int nextNumber = 1;
        var lines = new List<OrderLine>();
        foreach (NewOrderLine line in requested.OfType<NewOrderLine>())
        {
            string lineId = line.LineId ?? NextFreeNumber();
            lines.Add(new OrderLine
            {
                LineId = lineId,
                Sku = line.Sku!.Trim(),
                Quantity = line.Quantity!.Value,
                UnitPrice = line.UnitPrice!.Value,
                DeliveryMethod = line.DeliveryMethod!.Value,
                StoreId = line.StoreId?.Trim(),
                Status = OrderLineStatus.Open,
            });
        }

        return lines;

        string NextFreeNumber()
        {
            while (!usedIds.Add(nextNumber.ToString(CultureInfo.InvariantCulture)))
            {
                nextNumber++;
            }

            return nextNumber.ToString(CultureInfo.InvariantCulture);
        }
    }

    /// <summary>Commits a change: the next version, and one timeline entry from the current to the new status.</summary>
    private void Record(
        OrderEventKind kind,
        string actor,
        DateTimeOffset at,
        OrderSnapshot next,
        string? reason = null,
        string? detail = null,
        IReadOnlyList<LineStatusChange>? lineChanges = null)
    {
        long version = state.Version + 1;
        var entry = new OrderTimelineEntry(
            version,
            at,
            actor,
            kind,
            state.Status,
            next.Status,
            reason,
            detail,
            lineChanges is { Count: > 0 } ? lineChanges : null);
        state = next with { Version = version, Timeline = [.. state.Timeline, entry] };
    }

    private void EnsureStatus(string transition, params OrderStatus[] allowed)
    {
        if (!allowed.Contains(state.Status))
        {
            throw IllegalTransition(transition);
        }
    }

    private OrderRuleException IllegalTransition(string transition, string? why = null) =>
        new(OrderErrorCodes.IllegalTransition, $"Cannot {transition}: order {Id} is {Status}{(why is null ? "." : $" and {why}.")}");

    /// <summary>Resolves line ids, refusing the whole command when any is unknown.</summary>
    private List<OrderLine> FindLines(IReadOnlyCollection<string> lineIds)
    {
        ArgumentNullException.ThrowIfNull(lineIds);
        if (lineIds.Count == 0)
        {
            throw new ArgumentException("Name at least one line.", nameof(lineIds));
        }

        List<string> unknown = [.. lineIds.Where(lineId => state.Lines.All(line => line.LineId != lineId))];
        if (unknown.Count > 0)
        {
            throw new OrderRuleException(OrderErrorCodes.LineNotFound, $"Order {Id} has no line {string.Join(", ", unknown)}.");
        }

        return [.. state.Lines.Where(line => lineIds.Contains(line.LineId))];
    }

    /// <summary>Applies <paramref name="change"/> to the named lines and reports each status move.</summary>
    private (IReadOnlyList<OrderLine> Lines, IReadOnlyList<LineStatusChange> Changes) ChangeLines(
        IEnumerable<OrderLine> targets,
        Func<OrderLine, OrderLine> change)
    {
        var targetIds = targets.Select(line => line.LineId).ToHashSet(StringComparer.Ordinal);
        var changes = new List<LineStatusChange>();
        var lines = state.Lines.Select(line =>
        {
            if (!targetIds.Contains(line.LineId))
            {
                return line;
            }

            OrderLine changed = change(line);
            changes.Add(new LineStatusChange(line.LineId, line.Status, changed.Status));
            return changed;
        }).ToList();
        return (lines, changes);
    }

    /// <summary>The status an order returns to when all its active lines wait for sourcing.</summary>
    private OrderStatus ReadyToSourceStatus => state.Payments.Count > 0 ? OrderStatus.PaymentAuthorized : OrderStatus.FraudAccepted;

    private OrderSnapshot Rejected(OrderSnapshot basis, RejectionReason reason, string detail, string actor, DateTimeOffset at) =>
        basis with { Status = OrderStatus.Rejected, Rejection = OrderRejection.For(reason, detail, actor, at), ParkedFrom = null };

    private static void EnsureActor(string actor)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(actor);
        if (actor.Length > MaxActorLength)
        {
            throw new ArgumentException($"Actors are at most {MaxActorLength} characters.", nameof(actor));
        }
    }

    private static void EnsureReason(string reason, string parameterName) =>
        ArgumentException.ThrowIfNullOrWhiteSpace(reason, parameterName);

    private static string Money(decimal amount, string currency) =>
        string.Create(CultureInfo.InvariantCulture, $"{amount} {currency}");
}
