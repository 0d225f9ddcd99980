namespace OmsServerless.Storage.Payments;

/// <summary>What a sandbox token makes the gateway do; see <see cref="SandboxTokens"/>.</summary>
internal enum SandboxTokenBehavior
{
    Unknown,
    Approve,
    Decline,
    InsufficientFunds,
    ExpiredCard,
    TransientOnce,
    TransientAlways,
    TimeoutOnce,
    ApproveExpired,
}
