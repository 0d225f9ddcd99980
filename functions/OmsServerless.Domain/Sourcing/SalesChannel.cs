namespace OmsServerless.Domain.Sourcing;

/// <summary>Where the order was captured; rule sets may allow different node types per channel.</summary>
public enum SalesChannel
{
    Web,
    App,
    CallCenter,
    Marketplace,
    Pos,
}
