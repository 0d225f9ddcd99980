namespace OmsServerless.Api.Network;

/// <summary>How full a node's current work day is: what it was given to pick and pack, and what it can still take.</summary>
public sealed record NodeWorkloadResponse(DateOnly WorkDay, int UnitsReleased, int UnitsRemaining);
