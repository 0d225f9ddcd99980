namespace OmsServerless.Workflows.Activities;

/// <summary>One sourcing attempt of an order; the round keeps reservation and shipment ids of attempts apart.</summary>
public sealed record SourcingRoundInput(string OrderId, int Round);
