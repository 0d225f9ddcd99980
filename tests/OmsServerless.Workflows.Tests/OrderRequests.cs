using OmsServerless.Domain.Addresses;
using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Orders;

namespace OmsServerless.Workflows.Tests;

/// <summary>New-order requests as a storefront sends them: a fresh customer each, shipping to Manhattan.</summary>
internal static class OrderRequests
{
    public static readonly PostalAddress Manhattan = new("20 W 34th St", null, "New York", "NY", "10001", "US", "Ada Lovelace");

    public static NewOrderRequest Ship(string token, params (string Sku, int Quantity, decimal Price)[] lines) => new()
    {
        Channel = SalesChannel.Web,
        CustomerId = "cust-" + Guid.NewGuid().ToString("N")[..10],
        CustomerEmail = "ada@example.com",
        ShippingAddress = Manhattan,
        BillingAddress = Manhattan,
        Currency = "USD",
        PaymentToken = token,
        Lines = [.. lines.Select((l, i) => new NewOrderLine
        {
            LineId = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            Sku = l.Sku,
            Quantity = l.Quantity,
            UnitPrice = l.Price,
            DeliveryMethod = DeliveryMethod.ShipToAddress,
        })],
    };

    public static NewOrderRequest Ropis(string storeId, string sku, int quantity) => new()
    {
        Channel = SalesChannel.Web,
        CustomerId = "cust-" + Guid.NewGuid().ToString("N")[..10],
        CustomerEmail = "grace@example.com",
        Currency = "USD",
        Lines = [new NewOrderLine { LineId = "1", Sku = sku, Quantity = quantity, UnitPrice = 19.00m, DeliveryMethod = DeliveryMethod.Ropis, StoreId = storeId }],
    };
}
