using OmsServerless.Domain.Orders;

namespace OmsServerless.Workflows.Orders;

/// <summary>How the orchestration ended and why.</summary>
public sealed record OrderWorkflowResult(OrderStatus Status, string Detail);
