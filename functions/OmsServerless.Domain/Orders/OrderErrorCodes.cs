namespace OmsServerless.Domain.Orders;

/// <summary>
/// Stable codes of <see cref="OrderRuleException"/>. Payment rule refusals carry the payment reason code instead
/// (see <c>PaymentReasonCodes</c>).
/// </summary>
public static class OrderErrorCodes
{
    /// <summary>The new-order request breaks the capture rules; the exception lists every fault.</summary>
    public const string CaptureInvalid = "order.capture-invalid";

    /// <summary>The transition is not allowed from the order's (or a line's) current status.</summary>
    public const string IllegalTransition = "order.illegal-transition";

    /// <summary>Cancellation refused because something already shipped or was collected (HTTP 409).</summary>
    public const string TooLateToCancel = "order.too-late-to-cancel";

    public const string LineNotFound = "order.line-not-found";

    public const string PaymentAlreadyAuthorized = "order.payment-already-authorized";

    public const string PaymentNotRequired = "order.payment-not-required";

    public const string PaymentRequired = "order.payment-required";

    /// <summary>The authorization does not cover the order: other currency, or less than the payable amount.</summary>
    public const string PaymentMismatch = "order.payment-mismatch";

    public const string UnknownAuthorization = "order.unknown-authorization";

    /// <summary>The allocation plan does not fit the order; the message lists every problem.</summary>
    public const string AllocationInvalid = "order.allocation-invalid";

    /// <summary>A stored snapshot breaks the aggregate's invariants (corrupt or hand-edited document).</summary>
    public const string SnapshotInvalid = "order.snapshot-invalid";
}
