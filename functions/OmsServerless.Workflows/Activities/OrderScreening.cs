using OmsServerless.Domain.Fraud;

namespace OmsServerless.Workflows.Activities;

/// <summary>The outcome of screening a new order, with what the rest of the workflow needs to know about it.</summary>
/// <param name="Fraud">The fraud verdict; null when the addresses already failed.</param>
public sealed record OrderScreening(bool AddressesValid, bool RequiresPayment, FraudDecision? Fraud, string Detail);
