namespace OmsServerless.Domain.Network;

/// <summary>Units released to a node for one work day (see <see cref="NodeWorkDay"/>).</summary>
public sealed record NodeCapacityUsage(string NodeId, DateOnly WorkDay, int UnitsReleased);
