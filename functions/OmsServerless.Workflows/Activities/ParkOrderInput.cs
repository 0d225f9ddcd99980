namespace OmsServerless.Workflows.Activities;

public sealed record ParkOrderInput(string OrderId, string Reason);
