namespace OmsServerless.Domain.Orders;

/// <summary>Who cancelled an order or a line, when, and why.</summary>
public sealed record Cancellation(string Reason, string Actor, DateTimeOffset CancelledAt);
