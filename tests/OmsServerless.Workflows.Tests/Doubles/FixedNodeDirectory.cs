using OmsServerless.Domain.Network;

namespace OmsServerless.Workflows.Tests.Doubles;

public sealed class FixedNodeDirectory(IEnumerable<FulfillmentNode> nodes) : INodeDirectory
{
    private readonly NodeNetwork _network = new(nodes);

    public Task<NodeNetwork> GetNetworkAsync(CancellationToken cancellationToken) => Task.FromResult(_network);
}
