namespace OmsServerless.Storage.Payments;

internal enum SandboxIdempotencyState
{
    /// <summary>A call holds the key until its lease expires.</summary>
    InProgress,

    /// <summary>The last attempt failed without effect; the next attempt processes again.</summary>
    RetryableFailure,

    /// <summary>The result is final and replayed to every later call with this key.</summary>
    Completed,
}
