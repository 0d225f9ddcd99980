using OmsServerless.Workflows.Orders;

namespace OmsServerless.Workflows.Activities;

public sealed record CancelOrderInput(string OrderId, CancelOrderRequest Request);
