namespace OmsServerless.Domain.Network;

/// <summary>The retailer's fulfillment network.</summary>
public interface INodeDirectory
{
    /// <summary>All nodes, ordered by node id.</summary>
    Task<IReadOnlyList<FulfillmentNode>> GetAllAsync(CancellationToken cancellationToken);

    Task<FulfillmentNode?> FindAsync(string nodeId, CancellationToken cancellationToken);
}
