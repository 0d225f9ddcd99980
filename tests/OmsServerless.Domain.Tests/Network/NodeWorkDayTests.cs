using OmsServerless.Domain.Geography;
using OmsServerless.Domain.Network;

namespace OmsServerless.Domain.Tests.Network;

public sealed class NodeWorkDayTests
{
    private static readonly FulfillmentNode Seattle = new(
        "STORE-SEA", "Seattle", NodeType.Store, new NodeAddress("1 Pike St", "Seattle", "WA", "98101", "US"), new GeoPoint(47.61, -122.34),
        "West", NodeCapabilities.Ship, 200, new TimeOnly(16, 0), "America/Los_Angeles", 3m, 2);

    [Theory]
    [InlineData("2026-11-26T23:59:00Z", "2026-11-26")] // 15:59 in Seattle
    [InlineData("2026-11-27T00:00:00Z", "2026-11-27")] // 16:00: the cut-off has passed, work is picked tomorrow
    [InlineData("2026-11-27T07:59:00Z", "2026-11-27")] // 23:59 on the 26th, still tomorrow's work
    [InlineData("2026-11-27T08:00:00Z", "2026-11-27")] // midnight on the 27th, before that day's cut-off
    public void Work_given_before_the_local_cut_off_is_picked_today_and_after_it_tomorrow(string utc, string workDay)
    {
        Assert.Equal(DateOnly.Parse(workDay, System.Globalization.CultureInfo.InvariantCulture), NodeWorkDay.Of(Seattle, DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
