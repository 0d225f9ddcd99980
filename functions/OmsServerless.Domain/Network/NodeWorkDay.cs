namespace OmsServerless.Domain.Network;

/// <summary>
/// The local day on which a node picks and packs what it is given at a moment: today until its shipping cut-off,
/// tomorrow after it. Capacity is counted per work day, so work released after the cut-off fills tomorrow.
/// </summary>
public static class NodeWorkDay
{
    public static DateOnly Of(FulfillmentNode node, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(node);
        DateTimeOffset local = TimeZoneInfo.ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById(node.TimeZoneId));
        var today = DateOnly.FromDateTime(local.DateTime);
        return TimeOnly.FromDateTime(local.DateTime) < node.ShippingCutoff ? today : today.AddDays(1);
    }
}
