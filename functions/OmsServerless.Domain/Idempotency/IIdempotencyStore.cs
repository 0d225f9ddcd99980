namespace OmsServerless.Domain.Idempotency;

/// <summary>
/// Remembers which request an Idempotency-Key was first used with and what it created. Claims are atomic: of many
/// concurrent claims of one key, exactly one gets <see cref="IdempotencyClaimOutcome.Claimed"/>.
/// </summary>
public interface IIdempotencyStore
{
    /// <param name="scope">Who the key belongs to (one caller's keys never collide with another's).</param>
    /// <param name="requestFingerprint">A hash of the request, to tell a replay from a different request.</param>
    /// <param name="resourceId">The id the request will create if this claim wins.</param>
    Task<IdempotencyClaim> ClaimAsync(
        string scope, string key, string requestFingerprint, string resourceId, CancellationToken cancellationToken);
}
