namespace OmsServerless.Storage.Payments;

internal static class SandboxTokenBehaviors
{
    /// <summary>
    /// A known token, optionally followed by "_" and a card suffix ("tok_visa_4242"): the suffix makes it a different
    /// card (as real gateways' test card numbers do) with the same behaviour, so card-level rules can be exercised.
    /// </summary>
    public static SandboxTokenBehavior Of(string token)
    {
        SandboxTokenBehavior exact = Exact(token);
        int suffix = token.LastIndexOf('_');
        return exact == SandboxTokenBehavior.Unknown && suffix > "tok_".Length ? Exact(token[..suffix]) : exact;
    }

    private static SandboxTokenBehavior Exact(string token) => token switch
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
