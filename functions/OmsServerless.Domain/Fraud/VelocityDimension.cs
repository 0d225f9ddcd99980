using System.Text.Json.Serialization;

namespace OmsServerless.Domain.Fraud;

/// <summary>What recent orders are counted by when measuring velocity.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<VelocityDimension>))]
public enum VelocityDimension
{
    /// <summary>Orders by the same customer id.</summary>
    Customer,

    /// <summary>Orders paid with the same card (the gateway's card fingerprint, stable across tokens).</summary>
    CardFingerprint,

    /// <summary>Orders shipped to the same normalised address, whoever placed them.</summary>
    ShippingAddress,
}
