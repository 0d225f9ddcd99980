namespace OmsServerless.Domain.Network;

/// <summary>What kind of place a fulfillment node is.</summary>
public enum NodeType
{
    Store,
    DistributionCenter,
    ThirdPartyLogistics,
    DropShipper,
}
