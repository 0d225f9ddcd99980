using OmsServerless.Domain.Network;

namespace OmsServerless.Api.Network;

/// <summary>A fulfillment node as the API shows it.</summary>
public sealed record NodeResponse(
    string NodeId,
    string Name,
    NodeType Type,
    NodeAddress Address,
    double Latitude,
    double Longitude,
    string Region,
    IReadOnlyList<string> Capabilities,
    int DailyCapacity,
    string ShippingCutoff,
    string TimeZoneId,
    decimal LaborCostPerUnit,
    int Priority,
    NodeWorkloadResponse Today)
{
    public static NodeResponse From(FulfillmentNode node, NodeCapacityUsage today)
    {
        ArgumentNullException.ThrowIfNull(node);
        ArgumentNullException.ThrowIfNull(today);
        return new(
            node.NodeId,
            node.Name,
            node.Type,
            node.Address,
            node.Location.Latitude,
            node.Location.Longitude,
            node.Region,
            Enum.GetValues<NodeCapabilities>()
                .Where(c => c != NodeCapabilities.None && node.Can(c))
                .Select(c => char.ToLowerInvariant(c.ToString()[0]) + c.ToString()[1..])
                .ToList(),
            node.DailyCapacity,
            node.ShippingCutoff.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture),
            node.TimeZoneId,
            node.LaborCostPerUnit,
            node.Priority,
            new NodeWorkloadResponse(today.WorkDay, today.UnitsReleased, today.RemainingOf(node)));
    }
}
