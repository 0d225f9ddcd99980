namespace OmsServerless.Workflows.Activities;

public sealed record ResumeOrderInput(string OrderId, string Actor, string Note);
