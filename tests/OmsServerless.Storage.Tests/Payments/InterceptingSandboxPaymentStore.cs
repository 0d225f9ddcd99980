using OmsServerless.Storage.Payments;

namespace OmsServerless.Storage.Tests.Payments;

/// <summary>
/// Wraps a store to stage what concurrency tests need: the first write to a collection can be held until released
/// (a call caught mid-way) or made to throw (a call that dies mid-way).
/// </summary>
public sealed class InterceptingSandboxPaymentStore(ISandboxPaymentStore inner) : ISandboxPaymentStore
{
    private readonly TaskCompletionSource reachedHeldWrite = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource releaseHeldWrite = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Lock staging = new();
    private string? holdFirstWriteTo;
    private string? failFirstWriteTo;

    /// <summary>Completes when the held write has been reached.</summary>
    public Task HeldWriteReached => reachedHeldWrite.Task;

    public void HoldFirstWriteTo(string collection) => holdFirstWriteTo = collection;

    public void FailFirstWriteTo(string collection) => failFirstWriteTo = collection;

    public void ReleaseHeldWrite() => releaseHeldWrite.TrySetResult();

    public Task<SandboxRecord?> GetAsync(string collection, string key, CancellationToken cancellationToken = default) =>
        inner.GetAsync(collection, key, cancellationToken);

    public async Task<string?> TryPutAsync(string collection, string key, string payloadJson, string? expectedVersion, CancellationToken cancellationToken = default)
    {
        if (TakeIfStaged(ref failFirstWriteTo, collection))
        {
            throw new IOException($"Simulated storage failure writing {collection}/{key}.");
        }

        if (TakeIfStaged(ref holdFirstWriteTo, collection))
        {
            reachedHeldWrite.TrySetResult();
            await releaseHeldWrite.Task;
        }

        return await inner.TryPutAsync(collection, key, payloadJson, expectedVersion, cancellationToken);
    }

    public Task<IReadOnlyList<SandboxRecord>> ListAsync(string collection, string keyPrefix, CancellationToken cancellationToken = default) =>
        inner.ListAsync(collection, keyPrefix, cancellationToken);

    /// <summary>True for the first write to the staged collection only, even when parallel calls race for it.</summary>
    private bool TakeIfStaged(ref string? stagedCollection, string collection)
    {
        lock (staging)
        {
            if (stagedCollection != collection)
            {
                return false;
            }

            stagedCollection = null;
            return true;
        }
    }
}
