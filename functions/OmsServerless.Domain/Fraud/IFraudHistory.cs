namespace OmsServerless.Domain.Fraud;

/// <summary>
/// The order history fraud screening counts against. Recording an order twice counts it once; an observation sees
/// only the orders placed before the one being screened, never that order itself.
/// </summary>
public interface IFraudHistory
{
    /// <param name="shippingAddressKey">A stable key of the normalised shipping address; null when nothing ships.</param>
    Task RecordAsync(
        string orderId, DateTimeOffset placedAt, decimal amount, string customerId, string? cardFingerprint,
        string? shippingAddressKey, CancellationToken cancellationToken);

    Task<FraudHistoryObservation> ObserveAsync(
        string orderId, DateTimeOffset placedAt, string customerId, string? cardFingerprint, string? shippingAddressKey,
        IReadOnlyCollection<VelocityWindow> windows, CancellationToken cancellationToken);
}
