namespace OmsServerless.Storage.Idempotency;

/// <summary>How long Idempotency-Keys are remembered. Bound from the "Idempotency" configuration section.</summary>
public sealed class IdempotencyOptions
{
    public const string SectionName = "Idempotency";

    /// <summary>
    /// How long after its first use a key stands for its request. Clients retry within minutes; a day covers retries
    /// across an outage, after which the key may be claimed again (for a new request) like an unused one.
    /// </summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);
}
