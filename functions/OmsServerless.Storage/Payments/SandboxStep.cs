namespace OmsServerless.Storage.Payments;

/// <summary>What processing one gateway call came to, and what to answer.</summary>
/// <param name="Result">The result remembered for the idempotency key when <paramref name="IsFinal"/>.</param>
/// <param name="IsFinal">False for a retryable failure: nothing is remembered and the next attempt processes again.</param>
/// <param name="Reply">What this caller is told: the result, or a timeout that hides it.</param>
internal sealed record SandboxStep<TResult>(TResult Result, bool IsFinal, TResult Reply)
{
    public static SandboxStep<TResult> Done(TResult result) => new(result, true, result);

    public static SandboxStep<TResult> DoneButTimedOut(TResult result, TResult timeoutReply) => new(result, true, timeoutReply);

    public static SandboxStep<TResult> Retry(TResult reply) => new(reply, false, reply);
}
