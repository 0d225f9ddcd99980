using OmsServerless.Domain.Addresses;
using OmsServerless.Domain.Fraud;
using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Orders;
using OmsServerless.Domain.Payments;
using OmsServerless.Domain.RuleSets;
using OmsServerless.Storage.Geography;

namespace OmsServerless.Storage.Tests.Orders;

/// <summary>
/// An order driven through the real domain transitions, one minute per step, so every snapshot a storage test stores
/// is one the domain could have produced.
/// </summary>
public sealed class TestOrder
{
    public const string Orchestrator = "system:orchestrator";
    public const string Store = "STORE-NYC-5TH";

    private static readonly PostalAddress NewYork = new("400 W 33rd St", null, "New York", "NY", "10001", "US");
    private static readonly AddressValidator Validator = new(EmbeddedPostalCodeDirectory.Instance);

    private TimeSpan _pause;

    private TestOrder(Order order) => Order = order;

    public Order Order { get; }

    public OrderSnapshot Snapshot => Order.ToSnapshot();

    private DateTimeOffset Now => Order.Timeline[^1].At;

    /// <summary>A web order shipping <paramref name="shipLines"/> (quantity × unit price) to New York.</summary>
    public static TestOrder Place(string orderId, string customerId, DateTimeOffset placedAt, params (int Quantity, decimal UnitPrice)[] shipLines)
    {
        (int Quantity, decimal UnitPrice)[] lines = shipLines.Length > 0 ? shipLines : [(2, 25.00m)];
        return new TestOrder(Order.Create(
            orderId,
            new NewOrderRequest
            {
                Channel = SalesChannel.Web,
                CustomerId = customerId,
                CustomerEmail = "ada@example.com",
                Currency = "USD",
                PaymentToken = "tok_visa",
                ShippingAddress = NewYork,
                BillingAddress = NewYork,
                Lines = [.. lines.Select((line, i) => new NewOrderLine
                {
                    Sku = $"SKU-{i + 1}",
                    Quantity = line.Quantity,
                    UnitPrice = line.UnitPrice,
                    DeliveryMethod = DeliveryMethod.ShipToAddress,
                })],
            },
            placedAt,
            "customer"));
    }

    /// <summary>
    /// An order that went through most of what an order can record: address corrections, a fraud review, an
    /// authorization with a capture and a refund, a split allocation with a backorder, a shipment and a cancelled line.
    /// </summary>
    public static TestOrder Eventful(string orderId)
    {
        var order = new TestOrder(Order.Create(
            orderId,
            new NewOrderRequest
            {
                Channel = SalesChannel.App,
                CustomerId = "cust-eventful",
                CustomerEmail = "grace@example.com",
                Currency = "USD",
                PaymentToken = "tok_visa",
                ShippingAddress = NewYork with { Line1 = "400 west 33rd street" },
                BillingAddress = NewYork,
                Lines =
                [
                    new NewOrderLine { Sku = "SKU-A", Quantity = 3, UnitPrice = 19.99m, DeliveryMethod = DeliveryMethod.ShipToAddress },
                    new NewOrderLine { Sku = "SKU-B", Quantity = 1, UnitPrice = 40.50m, DeliveryMethod = DeliveryMethod.Bopis, StoreId = Store },
                    new NewOrderLine { Sku = "SKU-C", Quantity = 1, UnitPrice = 15.00m, DeliveryMethod = DeliveryMethod.Ropis, StoreId = Store },
                ],
            },
            new DateTimeOffset(2026, 11, 20, 18, 30, 0, TimeSpan.Zero),
            "customer"));
        order.ValidateAddresses().Screen(FraudDecision.Review, 55).AcceptReview().Authorize();
        order.Order.ApplyAllocation(
            new AllocationPlan(
                $"routing/{orderId}/1",
                new RuleSetReference("network-default", 12),
                [
                    new LineAllocation("1", "DC-NJ-EDISON", 2, "SHP-1", DeliveryMethod.ShipToAddress),
                    new LineAllocation("1", "STORE-BROOKLYN", 1, "SHP-2", DeliveryMethod.ShipToAddress),
                    new LineAllocation("2", Store, 1, "SHP-3", DeliveryMethod.Bopis),
                ],
                BackorderedLineIds: ["3"]),
            Orchestrator,
            order.Next());
        order.Order.Release(Orchestrator, order.Next());
        order.Order.MarkLinesShipped(["1"], "node:DC-NJ-EDISON", order.Next());
        order.Order.RecordCapture("auth_" + orderId, new PaymentCapture("cap_1", 59.97m, order.Now), Orchestrator, order.Next());
        order.Order.RecordRefund(new PaymentRefund("re_1", "cap_1", 19.99m, order.Now), "operations:bob", order.Next());
        order.Order.CancelLines(["3"], "No longer wanted.", "customer", order.Next());
        return order;
    }

    public TestOrder ValidateAddresses()
    {
        Order.RecordAddressValidation(Validate(Order.ShippingAddress), Validate(Order.BillingAddress), Orchestrator, Next());
        return this;
    }

    public TestOrder Screen(FraudDecision decision, int score = 0)
    {
        Order.RecordFraudAssessment(
            new FraudAssessment
            {
                RuleSetId = "demo-retailer",
                RuleSetVersion = 4,
                Decision = decision,
                TotalScore = score,
                Thresholds = new FraudThresholds(50, 90),
                FiredRules = score == 0 ? [] : [new FiredFraudRule("high-value", "orderAmount", score, false, "Order amount is high.")],
            },
            Orchestrator,
            Next());
        return this;
    }

    public TestOrder AcceptReview()
    {
        Order.AcceptAfterFraudReview("Known customer.", "operations:alice", Next());
        return this;
    }

    public TestOrder Authorize()
    {
        DateTimeOffset at = Next();
        Order.RecordPaymentAuthorization(
            new PaymentAuthorization
            {
                AuthorizationId = "auth_" + Order.Id,
                GatewayReference = "sandbox-" + Order.Id,
                Currency = Order.Currency,
                AuthorizedAmount = Order.PayableAmount,
                AuthorizedAt = at,
                ExpiresAt = at.AddDays(7),
            },
            Orchestrator,
            at);
        return this;
    }

    public TestOrder Park(string reason = "Sourcing keeps failing.")
    {
        Order.ParkForReview(reason, "operations:carol", Next());
        return this;
    }

    public TestOrder Resume()
    {
        Order.ResumeFromReview("Stock arrived.", "operations:carol", Next());
        return this;
    }

    public TestOrder CancelLines(params string[] lineIds)
    {
        Order.CancelLines(lineIds, "Changed my mind.", "customer", Next());
        return this;
    }

    private static AddressValidationResult? Validate(PostalAddress? address) => address is null ? null : Validator.Validate(address);

    /// <summary>Lets <paramref name="pause"/> pass before the next step.</summary>
    public TestOrder After(TimeSpan pause)
    {
        _pause += pause;
        return this;
    }

    private DateTimeOffset Next()
    {
        DateTimeOffset next = Now.AddMinutes(1) + _pause;
        _pause = TimeSpan.Zero;
        return next;
    }
}
