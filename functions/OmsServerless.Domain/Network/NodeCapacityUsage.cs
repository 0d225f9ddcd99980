namespace OmsServerless.Domain.Network;

/// <summary>Units released to a node for one work day (see <see cref="NodeWorkDay"/>).</summary>
public sealed record NodeCapacityUsage(string NodeId, DateOnly WorkDay, int UnitsReleased)
{
    /// <summary>What the node can still take that day; never below zero, since concurrent releases may overshoot.</summary>
    public int RemainingOf(FulfillmentNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return Math.Max(0, node.DailyCapacity - UnitsReleased);
    }
}
