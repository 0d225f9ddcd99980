using OmsServerless.Domain.Orders;

namespace OmsServerless.Workflows.Activities;

public sealed record ApplyAllocationInput(string OrderId, AllocationPlan Plan);
