using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using OmsServerless.Domain.Idempotency;
using OmsServerless.Storage.Tables;

namespace OmsServerless.Storage.Idempotency;

/// <summary>
/// Idempotency-Key claims on Azure Tables. A claim is an insert, which the service lets exactly one concurrent caller
/// win; the losers read the winner's row and get a replay (same fingerprint) or a conflict. A key is held for
/// <see cref="IdempotencyOptions.Retention"/> after its first use; after that it is claimed again by replacing the
/// old row under its ETag, so again only one caller wins. Expired rows stay until reclaimed (Table Storage has no TTL).
/// </summary>
public sealed class TableIdempotencyStore : IIdempotencyStore
{
    // Strict, so two keys differing only in malformed UTF-16 are refused rather than hashed alike.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly TableClient _table;
    private readonly TimeSpan _retention;
    private readonly TimeProvider _time;

    public TableIdempotencyStore(OmsTables tables, IOptions<IdempotencyOptions> options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(tables);
        ArgumentNullException.ThrowIfNull(options);
        if (options.Value.Retention <= TimeSpan.Zero)
        {
            throw new ArgumentException("The idempotency key retention must be positive.", nameof(options));
        }

        _table = tables.Get(OmsTableNames.IdempotencyKeys);
        _retention = options.Value.Retention;
        _time = time;
    }

    public async Task<IdempotencyClaim> ClaimAsync(
        string scope, string key, string requestFingerprint, string resourceId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(scope);
        ArgumentException.ThrowIfNullOrEmpty(key);
        ArgumentException.ThrowIfNullOrEmpty(requestFingerprint);
        ArgumentException.ThrowIfNullOrEmpty(resourceId);
        string partition = TableKey.Escape(scope);
        string row = HashOf(key);

        // Each round that does not return lost to a caller that has just written a fresh claim, which the next round
        // then reads as live; so the loop ends unless the key keeps being claimed and expiring under it.
        while (true)
        {
            DateTimeOffset now = _time.GetUtcNow();
            var claim = new IdempotencyKeyEntity
            {
                PartitionKey = partition,
                RowKey = row,
                Scope = scope,
                Key = key,
                Fingerprint = requestFingerprint,
                ResourceId = resourceId,
                FirstSeenAt = now,
            };
            try
            {
                await _table.AddEntityAsync(claim, cancellationToken);
                return new IdempotencyClaim(IdempotencyClaimOutcome.Claimed, resourceId, now);
            }
            catch (RequestFailedException failure) when (failure.Status == 409)
            {
                // Claimed before: decide on the stored claim below.
            }

            NullableResponse<IdempotencyKeyEntity> stored = await _table.GetEntityIfExistsAsync<IdempotencyKeyEntity>(
                partition, row, cancellationToken: cancellationToken);
            if (!stored.HasValue)
            {
                continue;
            }

            IdempotencyKeyEntity current = stored.Value!;
            if (current.FirstSeenAt + _retention > now)
            {
                IdempotencyClaimOutcome outcome = string.Equals(current.Fingerprint, requestFingerprint, StringComparison.Ordinal)
                    ? IdempotencyClaimOutcome.Replay
                    : IdempotencyClaimOutcome.Conflict;
                return new IdempotencyClaim(outcome, current.ResourceId, current.FirstSeenAt);
            }

            try
            {
                await _table.UpdateEntityAsync(claim, current.ETag, TableUpdateMode.Replace, cancellationToken);
                return new IdempotencyClaim(IdempotencyClaimOutcome.Claimed, resourceId, now);
            }
            catch (RequestFailedException failure) when (failure.Status is 404 or 412)
            {
                // Another caller reclaimed the expired key first.
            }
        }
    }

    private static string HashOf(string key) => Convert.ToHexStringLower(SHA256.HashData(StrictUtf8.GetBytes(key)));
}
