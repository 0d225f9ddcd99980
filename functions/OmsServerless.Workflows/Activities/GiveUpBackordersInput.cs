namespace OmsServerless.Workflows.Activities;

public sealed record GiveUpBackordersInput(string OrderId, string Reason);
