namespace OmsServerless.Domain.Idempotency;

public enum IdempotencyClaimOutcome
{
    /// <summary>First use of the key: go ahead and create the resource.</summary>
    Claimed,

    /// <summary>The key was used before for the same request: answer with the resource it created.</summary>
    Replay,

    /// <summary>The key was used before for a different request: refuse.</summary>
    Conflict,
}
