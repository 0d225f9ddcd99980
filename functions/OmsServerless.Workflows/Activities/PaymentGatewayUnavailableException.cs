namespace OmsServerless.Workflows.Activities;

/// <summary>
/// The gateway answered with a transient error or a timeout. Thrown so the orchestration's retry policy retries the
/// activity with the same idempotency key, which can never charge twice.
/// </summary>
public sealed class PaymentGatewayUnavailableException(string message) : Exception(message);
