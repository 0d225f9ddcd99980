using OmsServerless.Domain.Orders;

namespace OmsServerless.Workflows.Activities;

public sealed record CommitAllocationInput(string OrderId, AllocationPlan Plan);
