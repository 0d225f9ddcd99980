using OmsServerless.Domain.Availability;
using OmsServerless.Domain.Network;

namespace OmsServerless.Api.Inventory.Contracts;

/// <summary>One node's position in a SKU.</summary>
public sealed record NodeStockResponse(
    string NodeId,
    string Name,
    NodeType Type,
    string Region,
    int Atp,
    int OnHand,
    int Reserved,
    int SafetyStock,
    int Unavailable,
    int InTransit,
    bool CanShip,
    bool CanPickup)
{
    public static NodeStockResponse From(NodePosition position)
    {
        ArgumentNullException.ThrowIfNull(position);
        return new(
            position.Node.NodeId,
            position.Node.Name,
            position.Node.Type,
            position.Node.Region,
            position.AvailableToPromise,
            position.Balance.OnHand,
            position.Balance.Reserved,
            position.Balance.SafetyStock,
            position.Balance.Unavailable,
            position.Balance.InTransit,
            position.CanShip,
            position.CanPickup);
    }
}
