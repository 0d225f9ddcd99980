namespace OmsServerless.Domain.Payments;

/// <summary>Money taken against an authorization. An authorization can have several (one per shipment).</summary>
public sealed record PaymentCapture(string CaptureId, decimal Amount, DateTimeOffset CapturedAt);
