namespace OmsServerless.Domain.Fraud;

/// <summary>The fields every rule has, whatever its type.</summary>
internal sealed record FraudRuleHeader(string Id, string Type, int Score, bool HardReject, bool Enabled, string? Description);
