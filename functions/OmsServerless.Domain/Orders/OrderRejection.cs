namespace OmsServerless.Domain.Orders;

/// <summary>Why and when an order was refused.</summary>
/// <param name="CustomerMessage">Safe to show the customer: it never reveals fraud scores or rules.</param>
/// <param name="Detail">For operations only: address faults, decline code, fired rules, unfillable lines.</param>
public sealed record OrderRejection(RejectionReason Reason, string CustomerMessage, string Detail, string Actor, DateTimeOffset RejectedAt)
{
    internal static OrderRejection For(RejectionReason reason, string detail, string actor, DateTimeOffset at) =>
        new(reason, CustomerMessageFor(reason), detail, actor, at);

    private static string CustomerMessageFor(RejectionReason reason) => reason switch
    {
        RejectionReason.AddressInvalid => "We could not verify your address. Please check it and place your order again.",
        RejectionReason.FraudRejected => "We could not verify your order, so it was not placed and you have not been charged.",
        RejectionReason.PaymentDeclined => "Your payment was declined. Please use another payment method.",
        RejectionReason.NotFillable => "Sorry, the items you ordered are no longer available. You have not been charged.",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Unknown rejection reason."),
    };
}
