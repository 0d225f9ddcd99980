using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Network;

namespace OmsServerless.Domain.Availability;

/// <summary>
/// Which node types a channel may sell from. Marketplaces usually see only DC and partner stock, because store
/// inventory is too volatile to promise on a marketplace's terms.
/// </summary>
public sealed class ChannelInventoryPolicy
{
    private readonly IReadOnlyDictionary<SalesChannel, IReadOnlySet<NodeType>> _allowedTypes;

    public ChannelInventoryPolicy(IReadOnlyDictionary<SalesChannel, IReadOnlySet<NodeType>> allowedTypes)
    {
        ArgumentNullException.ThrowIfNull(allowedTypes);
        _allowedTypes = allowedTypes;
    }

    public static ChannelInventoryPolicy Default { get; } = new(new Dictionary<SalesChannel, IReadOnlySet<NodeType>>
    {
        [SalesChannel.Web] = AllTypes(),
        [SalesChannel.App] = AllTypes(),
        [SalesChannel.CallCenter] = AllTypes(),
        [SalesChannel.Pos] = AllTypes(),
        [SalesChannel.Marketplace] = new HashSet<NodeType>
        {
            NodeType.DistributionCenter, NodeType.ThirdPartyLogistics, NodeType.DropShipper,
        },
    });

    public bool Allows(SalesChannel channel, FulfillmentNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return _allowedTypes.TryGetValue(channel, out IReadOnlySet<NodeType>? types) && types.Contains(node.Type);
    }

    private static HashSet<NodeType> AllTypes() => [.. Enum.GetValues<NodeType>()];
}
