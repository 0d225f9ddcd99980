namespace OmsServerless.Domain.Payments;

/// <summary>Thrown when a change to a <see cref="PaymentAuthorization"/> breaks a payment rule.</summary>
public sealed class PaymentRuleException(PaymentRuleViolation violation) : Exception(violation?.Message)
{
    public PaymentRuleViolation Violation { get; } = violation ?? throw new ArgumentNullException(nameof(violation));

    public string Code => Violation.Code;
}
