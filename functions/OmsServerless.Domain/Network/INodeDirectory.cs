namespace OmsServerless.Domain.Network;

/// <summary>The retailer's fulfillment network.</summary>
public interface INodeDirectory
{
    /// <summary>The current network; implementations may serve it from a short-lived cache.</summary>
    Task<NodeNetwork> GetNetworkAsync(CancellationToken cancellationToken);
}
