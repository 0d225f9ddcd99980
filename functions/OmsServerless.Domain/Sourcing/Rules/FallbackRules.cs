namespace OmsServerless.Domain.Sourcing.Rules;

/// <summary>What happens to units no eligible node can supply.</summary>
public sealed record FallbackRules(FallbackPolicy Policy);
