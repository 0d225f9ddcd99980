namespace OmsServerless.Domain.Network;

/// <summary>
/// What each node has been given to pick and pack per work day, counted per fulfillment order so that a retried
/// release or cancellation counts once. Capacity is a planning limit, not a lock: sourcing reads the usage and
/// skips full nodes, and orders sourced at the same moment may take a node a little past its capacity.
/// </summary>
public interface INodeCapacityLedger
{
    /// <summary>Usage of each node on its work day at <paramref name="at"/>; nodes given nothing that day are left out.</summary>
    Task<IReadOnlyList<NodeCapacityUsage>> GetUsageAsync(IReadOnlyList<FulfillmentNode> nodes, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Counts a fulfillment order's units on its node's work day at its release; once per fulfillment order.</summary>
    Task ConsumeAsync(FulfillmentNode node, string fulfillmentOrderId, int units, DateTimeOffset releasedAt, CancellationToken cancellationToken);

    /// <summary>Gives back what <see cref="ConsumeAsync"/> counted for a withdrawn fulfillment order; once, and nothing if it never counted.</summary>
    Task ReturnAsync(FulfillmentNode node, string fulfillmentOrderId, DateTimeOffset releasedAt, CancellationToken cancellationToken);
}
