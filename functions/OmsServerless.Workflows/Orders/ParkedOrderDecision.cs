namespace OmsServerless.Workflows.Orders;

/// <summary>An operations decision on a parked order: try routing it again, or cancel it.</summary>
public sealed record ParkedOrderDecision(bool Resume, string Actor, string Note);
