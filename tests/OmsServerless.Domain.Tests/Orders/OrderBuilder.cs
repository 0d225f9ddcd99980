using OmsServerless.Domain.Addresses;
using OmsServerless.Domain.Fraud;
using OmsServerless.Domain.Orders;
using OmsServerless.Domain.Payments;
using OmsServerless.Domain.RuleSets;
using OmsServerless.Domain.Tests.Addresses;
using OmsServerless.Domain.Tests.Payments;

namespace OmsServerless.Domain.Tests.Orders;

/// <summary>
/// Creates an order from a request and drives it through the real transitions to the state a test starts from,
/// so every test order got there legally.
/// </summary>
public sealed class OrderBuilder
{
    public const string Orchestrator = "system:orchestrator";
    public const string DistributionCenter = "DC-NJ-EDISON";

    private static readonly AddressValidator Validator = new(RealPostalCodes.UsDirectory());

    private readonly Order order;
    private int minute;

    private OrderBuilder(NewOrderRequest request, string orderId) =>
        order = Order.Create(orderId, request, OrderClock.PlacedAt, "customer");

    private OrderBuilder(Order existing) => order = existing;

    /// <summary>Continues driving an order a test already holds.</summary>
    public static OrderBuilder FromExisting(Order order) => new(order);

    public static OrderBuilder From(NewOrderRequestBuilder request, string orderId = "ord-1001") => new(request.Build(), orderId);

    public static OrderBuilder ShipToHome(string orderId = "ord-1001") => From(NewOrderRequestBuilder.ShipToHome(), orderId);

    public static FraudAssessment Assessment(FraudDecision decision, int score = 0) => new()
    {
        RuleSetId = "demo-retailer",
        RuleSetVersion = 4,
        Decision = decision,
        TotalScore = score,
        Thresholds = new FraudThresholds(50, 90),
        FiredRules = score == 0 ? [] : [new FiredFraudRule("high-value", "orderAmount", score, false, "Order amount is high.")],
    };

    /// <summary>An authorization covering the order's payable amount, granted when the order was placed and valid 7 days.</summary>
    public static PaymentAuthorization AuthorizationFor(Order order, string authorizationId = "auth_1001") =>
        PaymentAuthorizationBuilder.Usd(order.PayableAmount).WithId(authorizationId).WithAuthorizedAt(order.CreatedAt).Build();

    /// <summary>Allocates every waiting line in full: pickup lines from their store, others from the distribution center.</summary>
    public static AllocationPlan AllocateEverything(Order order, string shipmentId = "SHP-1") => new(
        $"routing/{order.Id}/1",
        new RuleSetReference("network-default", 12),
        [.. Waiting(order).Select(line => new LineAllocation(
            line.LineId,
            line.DeliveryMethod.IsPickedAtCollectionStore() ? line.StoreId! : DistributionCenter,
            line.Quantity,
            shipmentId,
            line.DeliveryMethod))]);

    public static IEnumerable<OrderLine> Waiting(Order order) =>
        order.Lines.Where(line => line.Status is OrderLineStatus.Open or OrderLineStatus.Backordered);

    public OrderBuilder AddressValidated()
    {
        order.RecordAddressValidation(Validate(order.ShippingAddress), Validate(order.BillingAddress), Orchestrator, Next());
        return this;
    }

    public OrderBuilder FraudAccepted()
    {
        AddressValidated();
        order.RecordFraudAssessment(Assessment(FraudDecision.Accept), Orchestrator, Next());
        return this;
    }

    /// <summary>Fraud accepted, then authorized when the order needs payment (ROPIS-only orders skip it, as in the workflow).</summary>
    public OrderBuilder PaymentAuthorized()
    {
        FraudAccepted();
        if (order.RequiresPayment)
        {
            order.RecordPaymentAuthorization(AuthorizationFor(order), Orchestrator, Next());
        }

        return this;
    }

    public OrderBuilder Allocated()
    {
        PaymentAuthorized();
        order.ApplyAllocation(AllocateEverything(order), Orchestrator, Next());
        return this;
    }

    public OrderBuilder Released()
    {
        Allocated();
        order.Release(Orchestrator, Next());
        return this;
    }

    public Order Build() => order;

    private static AddressValidationResult? Validate(PostalAddress? address) => address is null ? null : Validator.Validate(address);

    private DateTimeOffset Next() => OrderClock.Minute(++minute);
}
