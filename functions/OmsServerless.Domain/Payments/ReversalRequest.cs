namespace OmsServerless.Domain.Payments;

/// <summary>Gives back part of what an authorization holds; what is left can still be captured.</summary>
public sealed record ReversalRequest(string IdempotencyKey, string AuthorizationId, decimal Amount);
