namespace OmsServerless.Workflows.Activities;

/// <summary>The outcome of address validation, with what the rest of the workflow needs to know about the order.</summary>
public sealed record AddressCheck(bool Valid, bool RequiresPayment, string Detail);
