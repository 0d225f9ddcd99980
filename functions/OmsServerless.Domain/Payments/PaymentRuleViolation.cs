namespace OmsServerless.Domain.Payments;

/// <summary>Why a capture, refund or void is not allowed; <see cref="Code"/> is one of <see cref="PaymentReasonCodes"/>.</summary>
public sealed record PaymentRuleViolation(string Code, string Message);
