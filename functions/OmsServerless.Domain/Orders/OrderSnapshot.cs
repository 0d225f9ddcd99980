using OmsServerless.Domain.Addresses;
using OmsServerless.Domain.Fraud;
using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Geography;
using OmsServerless.Domain.Payments;
using OmsServerless.Domain.RuleSets;
using OmsServerless.Domain.Sourcing;

namespace OmsServerless.Domain.Orders;

/// <summary>
/// The complete state of an <see cref="Order"/> as plain data: what is stored as the Cosmos DB document and passed
/// through Durable activities. Serialize it with System.Text.Json (enums are written as strings; use
/// <see cref="OrderJson.Options"/> for camelCase names) and turn it back into an order with
/// <see cref="Order.Rehydrate"/>. The storage layer keeps the ETag; <see cref="Version"/> increases by one with
/// every change, so a stale copy is recognisable without it.
/// </summary>
public sealed record OrderSnapshot
{
    public required string OrderId { get; init; }

    public required SalesChannel Channel { get; init; }

    public required string CustomerId { get; init; }

    public required string CustomerEmail { get; init; }

    /// <summary>As captured until addresses are validated, normalised afterwards.</summary>
    public PostalAddress? ShippingAddress { get; init; }

    public GeoPoint? ShippingLocation { get; init; }

    public PostalAddress? BillingAddress { get; init; }

    public GeoPoint? BillingLocation { get; init; }

    /// <summary>What address normalisation changed, prefixed by address ("shippingAddress.line1").</summary>
    public IReadOnlyList<AddressCorrection> AddressCorrections { get; init; } = [];

    public required string Currency { get; init; }

    /// <summary>The storefront's payment token; null when every line is paid in store (ROPIS).</summary>
    public string? PaymentToken { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required OrderStatus Status { get; init; }

    public required long Version { get; init; }

    public required IReadOnlyList<OrderLine> Lines { get; init; }

    /// <summary>The customer's checkout choice; sourcing weighs it before the rule set's ranking.</summary>
    public CustomerPreference Preference { get; init; }

    public IReadOnlyList<OrderTimelineEntry> Timeline { get; init; } = [];

    public IReadOnlyList<PaymentAuthorization> Payments { get; init; } = [];

    public FraudAssessment? FraudAssessment { get; init; }

    public FraudReviewResolution? FraudReview { get; init; }

    public RuleSetReference? FraudRuleSet { get; init; }

    /// <summary>The sourcing rule set of the latest allocation.</summary>
    public RuleSetReference? SourcingRuleSet { get; init; }

    public IReadOnlyList<AllocationDecision> AllocationDecisions { get; init; } = [];

    public OrderRejection? Rejection { get; init; }

    public Cancellation? Cancellation { get; init; }

    /// <summary>While parked: the status the order resumes to.</summary>
    public OrderStatus? ParkedFrom { get; init; }

    public string? ParkReason { get; init; }
}
