using OmsServerless.Domain.Addresses;
using OmsServerless.Domain.Fraud;
using OmsServerless.Domain.Geography;
using OmsServerless.Domain.Tests.Addresses;

namespace OmsServerless.Domain.Tests.Fraud;

/// <summary>
/// Builds fraud contexts. The default is an unremarkable order: a year-old customer with five earlier orders buying
/// 120 USD of goods, billed and shipped in New York, with no recent activity in any velocity window.
/// </summary>
public sealed class FraudContextBuilder
{
    public static readonly DateTimeOffset PlacedAt = new(2026, 11, 20, 18, 30, 0, TimeSpan.Zero);

    private static readonly PostalAddress NewYork = new("400 W 33RD ST", null, "NEW YORK", "NY", "10001", "US");

    private readonly Dictionary<(VelocityDimension, int), VelocityObservation> velocity = [];
    private string customerId = "cust-1001";
    private string email = "ada@example.com";
    private DateTimeOffset? customerSince = PlacedAt.AddYears(-1);
    private int priorOrderCount = 5;
    private string currency = "USD";
    private decimal amount = 120m;
    private List<FraudLine> lines = [new("SKU-TSHIRT-M", 2), new("SKU-MUG", 1)];
    private PostalAddress? shipping = NewYork;
    private GeoPoint? shippingLocation = RealPostalCodes.NewYorkPennStation.Point;
    private PostalAddress? billing = NewYork;
    private GeoPoint? billingLocation = RealPostalCodes.NewYorkPennStation.Point;
    private string? cardFingerprint = "fp_visa_4242";

    public static FraudContextBuilder Ordinary() => new();

    /// <summary>Adds quiet (zero) observations for every window the rule set needs, like the storage layer would.</summary>
    public FraudContextBuilder WithQuietVelocityFor(FraudRuleSet ruleSet)
    {
        foreach (VelocityWindow window in ruleSet.RequiredVelocityWindows)
        {
            velocity.TryAdd((window.Dimension, window.WindowHours), new VelocityObservation(window.Dimension, window.WindowHours, 0, 0m));
        }

        return this;
    }

    public FraudContextBuilder WithVelocity(VelocityDimension dimension, int windowHours, int orderCount, decimal amountInWindow)
    {
        velocity[(dimension, windowHours)] = new VelocityObservation(dimension, windowHours, orderCount, amountInWindow);
        return this;
    }

    public FraudContextBuilder WithCustomer(string value) { customerId = value; return this; }

    public FraudContextBuilder WithEmail(string value) { email = value; return this; }

    public FraudContextBuilder WithCustomerSince(DateTimeOffset? value) { customerSince = value; return this; }

    public FraudContextBuilder AsFirstOrder() { priorOrderCount = 0; return this; }

    public FraudContextBuilder WithAmount(decimal value, string inCurrency = "USD") { amount = value; currency = inCurrency; return this; }

    public FraudContextBuilder WithLines(params FraudLine[] value) { lines = [.. value]; return this; }

    public FraudContextBuilder ShippingTo(PostalAddress? address, GeoPoint? location)
    {
        shipping = address;
        shippingLocation = location;
        return this;
    }

    public FraudContextBuilder BilledTo(PostalAddress? address, GeoPoint? location)
    {
        billing = address;
        billingLocation = location;
        return this;
    }

    /// <summary>Every line collected in store and paid there: no shipping address, no card.</summary>
    public FraudContextBuilder AsPickupPaidInStore()
    {
        shipping = null;
        shippingLocation = null;
        cardFingerprint = null;
        return this;
    }

    public FraudContextBuilder WithCardFingerprint(string? value) { cardFingerprint = value; return this; }

    public FraudContext Build() => new()
    {
        OrderId = "ord-fraud-1",
        PlacedAt = PlacedAt,
        CustomerId = customerId,
        CustomerEmail = email,
        CustomerSince = customerSince,
        PriorOrderCount = priorOrderCount,
        Currency = currency,
        OrderAmount = amount,
        Lines = lines,
        ShippingAddress = shipping,
        ShippingLocation = shippingLocation,
        BillingAddress = billing,
        BillingLocation = billingLocation,
        CardFingerprint = cardFingerprint,
        Velocity = [.. velocity.Values],
    };
}
