namespace OmsServerless.Workflows.Orders;

/// <summary>What the order orchestration starts with. Its instance id is the order id.</summary>
public sealed record OrderWorkflowInput(string OrderId, OrderWorkflowSettings Settings);
