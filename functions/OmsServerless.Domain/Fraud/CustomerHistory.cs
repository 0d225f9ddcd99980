namespace OmsServerless.Domain.Fraud;

/// <summary>What is known of a customer before an order: their first order and how many came before this one.</summary>
public sealed record CustomerHistory(DateTimeOffset? FirstOrderAt, int PriorOrderCount);
