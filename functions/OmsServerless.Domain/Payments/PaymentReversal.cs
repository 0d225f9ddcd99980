namespace OmsServerless.Domain.Payments;

/// <summary>
/// Part of an authorization's hold given back to the cardholder before it is captured (an authorization reversal):
/// the order shrank, so the customer's card should not stay blocked for lines that will never ship.
/// </summary>
public sealed record PaymentReversal(string ReversalId, decimal Amount, DateTimeOffset ReversedAt);
