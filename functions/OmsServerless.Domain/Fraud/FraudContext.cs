using OmsServerless.Domain.Addresses;
using OmsServerless.Domain.Geography;

namespace OmsServerless.Domain.Fraud;

/// <summary>
/// Everything the fraud rules look at, captured at one moment: the order, its customer's history and the velocity
/// counts the storage layer computed for the windows the rule set asks for
/// (<see cref="FraudRuleSet.RequiredVelocityWindows"/>). The engine does no I/O; what is not here is not evaluated.
/// </summary>
public sealed record FraudContext
{
    public required string OrderId { get; init; }

    public required DateTimeOffset PlacedAt { get; init; }

    public required string CustomerId { get; init; }

    public required string CustomerEmail { get; init; }

    /// <summary>When the customer account was created; null for guest checkouts.</summary>
    public DateTimeOffset? CustomerSince { get; init; }

    /// <summary>Orders the customer placed before this one, ever (not only in a window).</summary>
    public int PriorOrderCount { get; init; }

    public required string Currency { get; init; }

    /// <summary>The order's value (its active lines), in <see cref="Currency"/>; amount rules and velocity amounts compare against it.</summary>
    public required decimal OrderAmount { get; init; }

    public IReadOnlyList<FraudLine> Lines { get; init; } = [];

    /// <summary>The normalised shipping address; null when every line is collected in store.</summary>
    public PostalAddress? ShippingAddress { get; init; }

    public GeoPoint? ShippingLocation { get; init; }

    public PostalAddress? BillingAddress { get; init; }

    public GeoPoint? BillingLocation { get; init; }

    /// <summary>The gateway's fingerprint of the card; null when nothing is paid online.</summary>
    public string? CardFingerprint { get; init; }

    public IReadOnlyList<VelocityObservation> Velocity { get; init; } = [];
}
