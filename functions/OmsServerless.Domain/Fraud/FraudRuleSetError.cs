namespace OmsServerless.Domain.Fraud;

/// <summary>One problem in a rule set document, located by a JSON path such as <c>$.rules[2].maxOrders</c>.</summary>
public sealed record FraudRuleSetError(string Path, string Message);
