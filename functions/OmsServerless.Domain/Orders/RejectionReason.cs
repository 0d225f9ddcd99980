using System.Text.Json.Serialization;

namespace OmsServerless.Domain.Orders;

/// <summary>Why an order was refused; each reason has a message the customer may see.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RejectionReason>))]
public enum RejectionReason
{
    AddressInvalid,
    FraudRejected,
    PaymentDeclined,
    NotFillable,
}
