using System.Text.Json.Serialization;

namespace OmsServerless.Domain.Fraud;

/// <summary>What the rule set concludes about an order.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<FraudDecision>))]
public enum FraudDecision
{
    /// <summary>Proceed to payment.</summary>
    Accept,

    /// <summary>Hold the order until an analyst accepts or rejects it.</summary>
    Review,

    /// <summary>Refuse the order.</summary>
    Reject,
}
