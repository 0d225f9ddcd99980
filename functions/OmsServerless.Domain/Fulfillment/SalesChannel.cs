namespace OmsServerless.Domain.Fulfillment;

/// <summary>Where a customer buys.</summary>
public enum SalesChannel
{
    Web,
    App,
    CallCenter,
    Marketplace,
    Pos,
}
