namespace OmsServerless.Storage.Payments;

public sealed class SandboxPaymentGatewayOptions
{
    /// <summary>How long an authorization can be captured; card networks typically hold 7 days.</summary>
    public TimeSpan AuthorizationLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>
    /// How long a call holds its idempotency key while processing. A call that dies mid-way blocks retries of its
    /// key for this long at most; a retry meanwhile is told to retry later.
    /// </summary>
    public TimeSpan InProgressLease { get; set; } = TimeSpan.FromSeconds(30);
}
