namespace OmsServerless.Domain.Payments;

/// <summary>Releases the hold of an authorization nothing was captured from.</summary>
public sealed record VoidRequest(string IdempotencyKey, string AuthorizationId);
