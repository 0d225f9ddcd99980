namespace OmsServerless.Storage.Payments;

internal static class SandboxTokenBehaviors
{
    public static SandboxTokenBehavior Of(string token) => token switch
    {
        SandboxTokens.Visa or SandboxTokens.Mastercard or SandboxTokens.Amex => SandboxTokenBehavior.Approve,
        SandboxTokens.Declined => SandboxTokenBehavior.Decline,
        SandboxTokens.InsufficientFunds => SandboxTokenBehavior.InsufficientFunds,
        SandboxTokens.ExpiredCard => SandboxTokenBehavior.ExpiredCard,
        SandboxTokens.TransientOnce => SandboxTokenBehavior.TransientOnce,
        SandboxTokens.TransientAlways => SandboxTokenBehavior.TransientAlways,
        SandboxTokens.TimeoutOnce => SandboxTokenBehavior.TimeoutOnce,
        SandboxTokens.ExpiredAuthorization => SandboxTokenBehavior.ApproveExpired,
        _ => SandboxTokenBehavior.Unknown,
    };
}
