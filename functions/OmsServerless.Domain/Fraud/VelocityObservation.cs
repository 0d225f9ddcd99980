namespace OmsServerless.Domain.Fraud;

/// <summary>
/// Orders seen in the <paramref name="WindowHours"/> before this one, for one dimension of this order (its customer,
/// its card, its shipping address). The current order is not included.
/// </summary>
/// <param name="Amount">Total value of those orders, in the order's currency.</param>
public sealed record VelocityObservation(VelocityDimension Dimension, int WindowHours, int OrderCount, decimal Amount);
