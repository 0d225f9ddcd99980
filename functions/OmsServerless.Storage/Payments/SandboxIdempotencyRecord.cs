namespace OmsServerless.Storage.Payments;

/// <summary>What the sandbox remembers about one idempotency key.</summary>
/// <param name="Fingerprint">The operation and its parameters; a different request under the same key is a conflict.</param>
/// <param name="Attempts">Attempts that started processing; token behaviours such as "fail once" read it.</param>
/// <param name="ResultJson">The final result, once <see cref="SandboxIdempotencyState.Completed"/>.</param>
internal sealed record SandboxIdempotencyRecord(
    string Fingerprint,
    SandboxIdempotencyState State,
    int Attempts,
    DateTimeOffset LeaseExpiresAt,
    string? ResultJson);
