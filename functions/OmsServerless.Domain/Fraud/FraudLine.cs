namespace OmsServerless.Domain.Fraud;

/// <summary>One line of the order being screened.</summary>
public sealed record FraudLine(string Sku, int Quantity);
