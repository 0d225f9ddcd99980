namespace OmsServerless.Domain.Payments;

public static class PaymentOutcomeExtensions
{
    /// <summary>True when the same call, with the same idempotency key, should be tried again.</summary>
    public static bool IsRetryable(this PaymentOutcome outcome) =>
        outcome is PaymentOutcome.TransientError or PaymentOutcome.Timeout;
}
