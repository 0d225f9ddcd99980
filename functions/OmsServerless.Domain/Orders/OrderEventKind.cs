using System.Text.Json.Serialization;

namespace OmsServerless.Domain.Orders;

/// <summary>What happened in one timeline entry.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<OrderEventKind>))]
public enum OrderEventKind
{
    Created,
    AddressesValidated,
    FraudAssessed,
    FraudReviewResolved,
    PaymentAuthorized,
    PaymentCaptured,
    PaymentRefunded,
    PaymentVoided,
    PaymentReversed,
    Allocated,
    Deallocated,
    BackordersGivenUp,
    Released,
    LinesShipped,
    LinesReadyForPickup,
    LinesPickedUp,
    Completed,
    Parked,
    Resumed,
    Rejected,
    LinesCancelled,
    Cancelled,
}
