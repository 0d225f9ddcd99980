using OmsServerless.Domain.Addresses;
using OmsServerless.Domain.Fraud;
using OmsServerless.Domain.RuleSets;

namespace OmsServerless.Domain.Orders;

/// <summary>Address validation, fraud screening and parking for review.</summary>
public sealed partial class Order
{
    /// <summary>
    /// Received → AddressValidated when every address the order has is valid (the normalised addresses, their
    /// locations and the corrections replace what was captured), or → Rejected (AddressInvalid) with every fault.
    /// Pass a result for each address the order has, and none for an address it lacks.
    /// </summary>
    public void RecordAddressValidation(AddressValidationResult? shipping, AddressValidationResult? billing, string actor, DateTimeOffset at)
    {
        EnsureActor(actor);
        EnsureStatus("record address validation", OrderStatus.Received);
        EnsureResultMatchesAddress(state.ShippingAddress, shipping, nameof(shipping));
        EnsureResultMatchesAddress(state.BillingAddress, billing, nameof(billing));

        List<string> faults =
        [
            .. Faults("shippingAddress", shipping),
            .. Faults("billingAddress", billing),
        ];
        if (faults.Count > 0)
        {
            string detail = string.Join("; ", faults);
            Record(OrderEventKind.Rejected, actor, at, Rejected(state, RejectionReason.AddressInvalid, detail, actor, at), "address invalid", detail);
            return;
        }

        List<AddressCorrection> corrections =
        [
            .. Corrections("shippingAddress", shipping),
            .. Corrections("billingAddress", billing),
        ];
        OrderSnapshot next = state with
        {
            Status = OrderStatus.AddressValidated,
            ShippingAddress = shipping?.Address,
            ShippingLocation = shipping?.Location,
            BillingAddress = billing?.Address,
            BillingLocation = billing?.Location,
            AddressCorrections = corrections,
        };
        Record(OrderEventKind.AddressesValidated, actor, at, next, detail: $"{corrections.Count} correction(s)");
    }

    /// <summary>
    /// AddressValidated → FraudAccepted, AwaitingFraudReview or Rejected (FraudRejected), as the assessment decided.
    /// The rule set id and version are recorded with the assessment.
    /// </summary>
    public void RecordFraudAssessment(FraudAssessment assessment, string actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        EnsureActor(actor);
        EnsureStatus("record a fraud assessment", OrderStatus.AddressValidated);

        OrderSnapshot assessed = state with
        {
            FraudAssessment = assessment,
            FraudRuleSet = new RuleSetReference(assessment.RuleSetId, assessment.RuleSetVersion),
        };
        string detail = $"{assessment.Decision} with score {assessment.TotalScore} by {assessment.RuleSetId} v{assessment.RuleSetVersion}" +
                        (assessment.FiredRules.Count == 0 ? string.Empty : $"; fired: {string.Join(", ", assessment.FiredRules.Select(rule => rule.RuleId))}");
        OrderSnapshot next = assessment.Decision switch
        {
            FraudDecision.Accept => assessed with { Status = OrderStatus.FraudAccepted },
            FraudDecision.Review => assessed with { Status = OrderStatus.AwaitingFraudReview },
            _ => Rejected(assessed, RejectionReason.FraudRejected, detail, actor, at),
        };
        Record(OrderEventKind.FraudAssessed, actor, at, next, detail: detail);
    }

    /// <summary>
    /// What the fraud rules need to know about this order, completed with what only the caller knows: the customer's
    /// history, the card fingerprint from the payment token, and the velocity counts storage computed for
    /// <see cref="FraudRuleSet.RequiredVelocityWindows"/>. Call it after address validation, so the rules see
    /// normalised, geocoded addresses.
    /// </summary>
    /// <param name="customerSince">When the customer account was created; null for a guest checkout.</param>
    /// <param name="priorOrderCount">Orders the customer placed before this one.</param>
    public FraudContext ToFraudContext(DateTimeOffset? customerSince, int priorOrderCount, string? cardFingerprint, IReadOnlyList<VelocityObservation> velocity)
    {
        ArgumentNullException.ThrowIfNull(velocity);
        ArgumentOutOfRangeException.ThrowIfNegative(priorOrderCount);
        return new FraudContext
        {
            OrderId = Id,
            PlacedAt = CreatedAt,
            CustomerId = CustomerId,
            CustomerEmail = CustomerEmail,
            CustomerSince = customerSince,
            PriorOrderCount = priorOrderCount,
            Currency = Currency,
            OrderAmount = TotalAmount,
            Lines = [.. state.Lines.Where(line => line.IsActive).Select(line => new FraudLine(line.Sku, line.Quantity))],
            ShippingAddress = state.ShippingAddress,
            ShippingLocation = state.ShippingLocation,
            BillingAddress = state.BillingAddress,
            BillingLocation = state.BillingLocation,
            CardFingerprint = RequiresPayment ? cardFingerprint : null,
            Velocity = velocity,
        };
    }

    /// <summary>AwaitingFraudReview → FraudAccepted: an analyst cleared the order.</summary>
    public void AcceptAfterFraudReview(string note, string actor, DateTimeOffset at) => ResolveFraudReview(accepted: true, note, actor, at);

    /// <summary>AwaitingFraudReview → Rejected (FraudRejected): an analyst confirmed the suspicion.</summary>
    public void RejectAfterFraudReview(string note, string actor, DateTimeOffset at) => ResolveFraudReview(accepted: false, note, actor, at);

    /// <summary>
    /// Holds an order that has not been released yet for operations (a review timed out, sourcing keeps failing...).
    /// Only cancellation and resuming are accepted while parked.
    /// </summary>
    public void ParkForReview(string reason, string actor, DateTimeOffset at)
    {
        EnsureReason(reason, nameof(reason));
        EnsureActor(actor);
        EnsureStatus(
            "park the order for review",
            OrderStatus.Received,
            OrderStatus.AddressValidated,
            OrderStatus.AwaitingFraudReview,
            OrderStatus.FraudAccepted,
            OrderStatus.PaymentAuthorized,
            OrderStatus.Allocated,
            OrderStatus.Backordered);
        Record(OrderEventKind.Parked, actor, at, state with { Status = OrderStatus.ParkedForReview, ParkedFrom = state.Status, ParkReason = reason }, reason);
    }

    /// <summary>ParkedForReview → the status the order was parked from.</summary>
    public void ResumeFromReview(string note, string actor, DateTimeOffset at)
    {
        EnsureReason(note, nameof(note));
        EnsureActor(actor);
        EnsureStatus("resume from review", OrderStatus.ParkedForReview);
        OrderStatus parkedFrom = state.ParkedFrom!.Value;

        // Lines may have been cancelled while parked, so a sourced order resumes to what its remaining lines add up to.
        OrderStatus resumeTo = parkedFrom is OrderStatus.Allocated or OrderStatus.Backordered
            ? OrderStatusRollup.Derive(state.Lines, ReadyToSourceStatus) ?? parkedFrom
            : parkedFrom;
        Record(OrderEventKind.Resumed, actor, at, state with { Status = resumeTo, ParkedFrom = null, ParkReason = null }, note);
    }

    private void ResolveFraudReview(bool accepted, string note, string actor, DateTimeOffset at)
    {
        EnsureReason(note, nameof(note));
        EnsureActor(actor);
        EnsureStatus(accepted ? "accept after fraud review" : "reject after fraud review", OrderStatus.AwaitingFraudReview);
        OrderSnapshot reviewed = state with { FraudReview = new FraudReviewResolution(accepted, actor, note, at) };
        OrderSnapshot next = accepted
            ? reviewed with { Status = OrderStatus.FraudAccepted }
            : Rejected(reviewed, RejectionReason.FraudRejected, $"Rejected on review: {note}", actor, at);
        Record(OrderEventKind.FraudReviewResolved, actor, at, next, note);
    }

    private static void EnsureResultMatchesAddress(PostalAddress? address, AddressValidationResult? result, string parameterName)
    {
        if ((address is null) != (result is null))
        {
            throw new ArgumentException(
                address is null ? "The order has no such address; pass no result for it." : "The order has this address; pass its validation result.",
                parameterName);
        }

        if (result is { IsValid: true, Address: null })
        {
            throw new ArgumentException("A valid result carries the normalised address.", parameterName);
        }
    }

    private static IEnumerable<string> Faults(string prefix, AddressValidationResult? result) =>
        result?.Faults.Select(fault => $"{prefix}.{fault.Field}: {fault.Message}") ?? [];

    private static IEnumerable<AddressCorrection> Corrections(string prefix, AddressValidationResult? result) =>
        result?.Corrections.Select(correction => correction with { Field = $"{prefix}.{correction.Field}" }) ?? [];
}
