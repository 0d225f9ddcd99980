namespace OmsServerless.Workflows.Activities;

/// <summary>Whether the money is held; when not, why (the reason the customer sees is on the order).</summary>
public sealed record PaymentStep(bool Approved, string Detail);
