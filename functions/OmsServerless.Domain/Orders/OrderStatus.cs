using System.Text.Json.Serialization;

namespace OmsServerless.Domain.Orders;

/// <summary>
/// Where an order is in its lifecycle. Up to <see cref="PaymentAuthorized"/> the order moves step by step; from
/// <see cref="Allocated"/> on, the status is derived from its lines (see <see cref="Order"/>).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<OrderStatus>))]
public enum OrderStatus
{
    /// <summary>Captured and accepted for processing; nothing checked beyond the capture rules.</summary>
    Received,

    /// <summary>Shipping and billing addresses verified and normalised.</summary>
    AddressValidated,

    /// <summary>The fraud rules asked for a manual review; an analyst decides.</summary>
    AwaitingFraudReview,

    /// <summary>Fraud screening passed (by the rules or by an analyst).</summary>
    FraudAccepted,

    /// <summary>The card holds the payable amount. Orders whose lines are all reserve-and-pay-in-store skip this.</summary>
    PaymentAuthorized,

    /// <summary>Inventory is reserved at the nodes sourcing chose for at least one line.</summary>
    Allocated,

    /// <summary>Fulfilment orders went to the nodes; they pick, pack and ship or prepare the pickup.</summary>
    Released,

    /// <summary>Some lines left the building (shipped or picked up), others are still in progress.</summary>
    PartiallyShipped,

    /// <summary>Every remaining line has shipped (some may have been collected already).</summary>
    Shipped,

    /// <summary>Every remaining line waits at its store for the customer.</summary>
    ReadyForPickup,

    /// <summary>Nothing is left to fulfil: every remaining line was collected, or shipping was confirmed complete.</summary>
    Completed,

    /// <summary>No remaining line could be sourced now; they wait for stock.</summary>
    Backordered,

    /// <summary>Held for operations to look at; the order resumes where it was parked.</summary>
    ParkedForReview,

    /// <summary>Refused; <see cref="OrderSnapshot.Rejection"/> says why in words the customer may see. Terminal.</summary>
    Rejected,

    /// <summary>Cancelled by the customer or operations. Terminal.</summary>
    Cancelled,
}
