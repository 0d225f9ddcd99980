namespace OmsServerless.Domain.Idempotency;

/// <summary>The outcome of claiming an idempotency key, and the resource the key stands for.</summary>
public sealed record IdempotencyClaim(IdempotencyClaimOutcome Outcome, string ResourceId, DateTimeOffset FirstSeenAt);
