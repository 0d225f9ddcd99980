using System.Text.Json.Serialization;

namespace OmsServerless.Domain.Payments;

/// <summary>Where the money of one authorization stands. Expiry depends on the clock, so it is asked separately.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<PaymentAuthorizationStatus>))]
public enum PaymentAuthorizationStatus
{
    Authorized,
    PartiallyCaptured,
    Captured,
    PartiallyRefunded,
    Refunded,
    Voided,
}
