namespace OmsServerless.Domain.Payments;

/// <summary>Asks the gateway to hold an amount on the card behind a payment token.</summary>
/// <param name="IdempotencyKey">
/// Identifies this authorization attempt; a retry must reuse it (the order orchestration uses the order id plus the
/// step, e.g. "ord-123:authorize").
/// </param>
/// <param name="OrderId">The order the money is for; gateways show it in their dashboards and reports.</param>
/// <param name="PaymentToken">The storefront's tokenised card reference; the OMS never sees card numbers.</param>
public sealed record AuthorizationRequest(
    string IdempotencyKey,
    string OrderId,
    string PaymentToken,
    decimal Amount,
    string Currency);
