using OmsServerless.Domain.Payments;

namespace OmsServerless.Storage.Payments;

/// <summary>
/// Runs each gateway call at most once per idempotency key, the way real gateways do: a repeat of a finished call
/// gets the remembered result, a repeat while it runs is told to retry, a different request under the same key is
/// a conflict, and a failed attempt without effect may be retried.
/// </summary>
internal sealed class SandboxIdempotencyGuard(ISandboxPaymentStore store, TimeProvider timeProvider, TimeSpan lease)
{
    // Every failed round means another call changed the record meanwhile; after this many the caller retries later.
    private const int MaxClaimRounds = 8;

    public async Task<TResult> RunAsync<TResult>(
        string idempotencyKey,
        string fingerprint,
        Func<int, CancellationToken, Task<SandboxStep<TResult>>> process,
        Func<PaymentOutcome, string, string, TResult> failure,
        CancellationToken cancellationToken)
    {
        // Most keys are new, so the first round claims without a read; a key that exists after all makes the insert
        // fail, and the next round reads it.
        for (int round = 0; round < MaxClaimRounds; round++)
        {
            SandboxRecord? stored = round == 0 ? null : await store.GetAsync(SandboxCollections.Idempotency, idempotencyKey, cancellationToken);
            SandboxIdempotencyRecord? previous = stored is null ? null : SandboxJson.Deserialize<SandboxIdempotencyRecord>(stored.PayloadJson);
            DateTimeOffset now = timeProvider.GetUtcNow();
            if (previous is not null)
            {
                if (previous.Fingerprint != fingerprint)
                {
                    return failure(
                        PaymentOutcome.IdempotencyConflict,
                        PaymentReasonCodes.IdempotencyKeyReused,
                        $"Idempotency key '{idempotencyKey}' was already used for a different request.");
                }

                if (previous.State == SandboxIdempotencyState.Completed)
                {
                    return SandboxJson.Deserialize<TResult>(previous.ResultJson!);
                }

                if (previous.State == SandboxIdempotencyState.InProgress && previous.LeaseExpiresAt > now)
                {
                    return failure(
                        PaymentOutcome.TransientError,
                        PaymentReasonCodes.RequestInProgress,
                        $"A request with idempotency key '{idempotencyKey}' is being processed; retry with the same key.");
                }
            }

            var claim = new SandboxIdempotencyRecord(fingerprint, SandboxIdempotencyState.InProgress, (previous?.Attempts ?? 0) + 1, now + lease, null);
            string? claimedVersion = await store.TryPutAsync(
                SandboxCollections.Idempotency,
                idempotencyKey,
                SandboxJson.Serialize(claim),
                stored?.Version,
                cancellationToken);
            if (claimedVersion is not null)
            {
                return await ProcessClaimedAsync(idempotencyKey, claim, claimedVersion, process, cancellationToken);
            }
        }

        return failure(
            PaymentOutcome.TransientError,
            PaymentReasonCodes.RequestInProgress,
            $"Idempotency key '{idempotencyKey}' is contended; retry with the same key.");
    }

    private async Task<TResult> ProcessClaimedAsync<TResult>(
        string idempotencyKey,
        SandboxIdempotencyRecord claim,
        string claimedVersion,
        Func<int, CancellationToken, Task<SandboxStep<TResult>>> process,
        CancellationToken cancellationToken)
    {
        SandboxStep<TResult> step;
        try
        {
            step = await process(claim.Attempts, cancellationToken);
        }
        catch
        {
            // Give the key back at once instead of making the retry wait out the lease; the work itself is keyed
            // by deterministic ids, so whatever part of it was done is found, not repeated, by the retry.
            await store.TryPutAsync(
                SandboxCollections.Idempotency,
                idempotencyKey,
                SandboxJson.Serialize(claim with { State = SandboxIdempotencyState.RetryableFailure }),
                claimedVersion,
                CancellationToken.None);
            throw;
        }

        SandboxIdempotencyRecord settled = step.IsFinal
            ? claim with { State = SandboxIdempotencyState.Completed, ResultJson = SandboxJson.Serialize(step.Result) }
            : claim with { State = SandboxIdempotencyState.RetryableFailure };

        // Losing this write means our lease expired and another call took the key over; it redoes the same
        // deterministic work and settles the key itself, so this caller's reply is still right.
        await store.TryPutAsync(SandboxCollections.Idempotency, idempotencyKey, SandboxJson.Serialize(settled), claimedVersion, cancellationToken);
        return step.Reply;
    }
}
