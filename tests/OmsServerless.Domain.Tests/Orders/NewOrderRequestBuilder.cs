using OmsServerless.Domain.Addresses;
using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Orders;
using OmsServerless.Domain.Tests.Addresses;

namespace OmsServerless.Domain.Tests.Orders;

/// <summary>
/// Builds new-order requests. Without lines added, it holds one ship-to-address line: 2 x SKU-TSHIRT-M at 25.00 USD,
/// shipped to and billed in New York, paid with tok_visa, ordered on the web. Unless set explicitly, the shipping
/// address, billing address and token are sent only when the lines need them, as a storefront would.
/// </summary>
public sealed class NewOrderRequestBuilder
{
    private readonly List<NewOrderLine?> lines = [];
    private SalesChannel? channel = SalesChannel.Web;
    private string? customerId = "cust-1001";
    private string? email = "ada@example.com";
    private string? currency = "USD";
    private string? paymentToken = "tok_visa";
    private bool tokenFollowsLines = true;
    private PostalAddress? shipping = AddressBuilder.NewYork().Build();
    private PostalAddress? billing = AddressBuilder.NewYork().Build();
    private bool addressesFollowLines = true;

    public static NewOrderRequestBuilder ShipToHome() => new();

    /// <summary>One ROPIS line at STORE-NYC-5TH: no token, no addresses.</summary>
    public static NewOrderRequestBuilder ReserveAndPayInStore() =>
        new NewOrderRequestBuilder().WithRopisLine("SKU-SNEAKER-42", 1, 89.99m, "STORE-NYC-5TH");

    public NewOrderRequestBuilder WithShipLine(string sku, int quantity, decimal unitPrice, string? lineId = null) =>
        WithLine(new NewOrderLine { LineId = lineId, Sku = sku, Quantity = quantity, UnitPrice = unitPrice, DeliveryMethod = DeliveryMethod.ShipToAddress });

    public NewOrderRequestBuilder WithBopisLine(string sku, int quantity, decimal unitPrice, string storeId, string? lineId = null) =>
        WithLine(new NewOrderLine { LineId = lineId, Sku = sku, Quantity = quantity, UnitPrice = unitPrice, DeliveryMethod = DeliveryMethod.Bopis, StoreId = storeId });

    public NewOrderRequestBuilder WithRopisLine(string sku, int quantity, decimal unitPrice, string storeId, string? lineId = null) =>
        WithLine(new NewOrderLine { LineId = lineId, Sku = sku, Quantity = quantity, UnitPrice = unitPrice, DeliveryMethod = DeliveryMethod.Ropis, StoreId = storeId });

    public NewOrderRequestBuilder WithShipToStoreLine(string sku, int quantity, decimal unitPrice, string storeId, string? lineId = null) =>
        WithLine(new NewOrderLine { LineId = lineId, Sku = sku, Quantity = quantity, UnitPrice = unitPrice, DeliveryMethod = DeliveryMethod.ShipToStore, StoreId = storeId });

    public NewOrderRequestBuilder WithLine(NewOrderLine? line)
    {
        lines.Add(line);
        return this;
    }

    public NewOrderRequestBuilder WithChannel(SalesChannel? value) { channel = value; return this; }

    public NewOrderRequestBuilder WithCustomer(string? value) { customerId = value; return this; }

    public NewOrderRequestBuilder WithEmail(string? value) { email = value; return this; }

    public NewOrderRequestBuilder WithCurrency(string? value) { currency = value; return this; }

    /// <summary>Sets the token exactly, instead of sending tok_visa only when a line is paid online.</summary>
    public NewOrderRequestBuilder WithPaymentToken(string? value)
    {
        paymentToken = value;
        tokenFollowsLines = false;
        return this;
    }

    /// <summary>Sets the addresses exactly, instead of deriving them from the lines.</summary>
    public NewOrderRequestBuilder WithAddresses(PostalAddress? shippingAddress, PostalAddress? billingAddress)
    {
        shipping = shippingAddress;
        billing = billingAddress;
        addressesFollowLines = false;
        return this;
    }

    public NewOrderRequest Build()
    {
        List<NewOrderLine?> effectiveLines = lines.Count > 0
            ? lines
            : [new NewOrderLine { Sku = "SKU-TSHIRT-M", Quantity = 2, UnitPrice = 25.00m, DeliveryMethod = DeliveryMethod.ShipToAddress }];
        bool shipsToAddress = effectiveLines.Any(line => line?.DeliveryMethod == DeliveryMethod.ShipToAddress);
        bool paidOnline = effectiveLines.Any(line => line?.DeliveryMethod is { } method && method != DeliveryMethod.Ropis);
        return new NewOrderRequest
        {
            Channel = channel,
            CustomerId = customerId,
            CustomerEmail = email,
            Currency = currency,
            PaymentToken = tokenFollowsLines && !paidOnline ? null : paymentToken,
            ShippingAddress = addressesFollowLines && !shipsToAddress ? null : shipping,
            BillingAddress = addressesFollowLines && !paidOnline ? null : billing,
            Lines = effectiveLines,
        };
    }
}
