using OmsServerless.Domain.Addresses;
using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Sourcing;

namespace OmsServerless.Domain.Orders;

/// <summary>
/// A new order as a storefront, marketplace or POS submits it. Every member is nullable because it arrives as
/// untrusted JSON; <see cref="OrderCaptureValidator"/> reports everything missing or wrong at once.
/// </summary>
public sealed record NewOrderRequest
{
    public SalesChannel? Channel { get; init; }

    /// <summary>The storefront's customer id; guest checkouts send a guest id.</summary>
    public string? CustomerId { get; init; }

    public string? CustomerEmail { get; init; }

    /// <summary>Required when a line ships to an address; must be absent otherwise.</summary>
    public PostalAddress? ShippingAddress { get; init; }

    /// <summary>Required when a line is paid online (anything but ROPIS).</summary>
    public PostalAddress? BillingAddress { get; init; }

    /// <summary>ISO 4217 code in upper case.</summary>
    public string? Currency { get; init; }

    /// <summary>Required when a line is paid online; must be absent when every line is ROPIS (paid in store).</summary>
    public string? PaymentToken { get; init; }

    public IReadOnlyList<NewOrderLine?>? Lines { get; init; }

    /// <summary>What the customer chose at checkout (fastest, cheapest, fewest packages); absent means standard.</summary>
    public CustomerPreference? Preference { get; init; }
}
