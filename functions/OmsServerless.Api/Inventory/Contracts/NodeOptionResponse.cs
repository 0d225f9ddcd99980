using OmsServerless.Domain.Availability;
using OmsServerless.Domain.Network;

namespace OmsServerless.Api.Inventory.Contracts;

/// <summary>A node that could fill a demand alone.</summary>
public sealed record NodeOptionResponse(string NodeId, string Name, NodeType Type, int Atp, double? DistanceKm)
{
    public static NodeOptionResponse From(NodeOption option)
    {
        ArgumentNullException.ThrowIfNull(option);
        return new(option.Node.NodeId, option.Node.Name, option.Node.Type, option.AvailableToPromise, option.DistanceKm);
    }
}
