namespace OmsServerless.Domain.Fraud;

/// <summary>What the fraud history held before an order: the customer's earlier orders and the velocity windows asked for.</summary>
public sealed record FraudHistoryObservation(CustomerHistory Customer, IReadOnlyList<VelocityObservation> Velocity);
