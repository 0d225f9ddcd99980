using OmsServerless.Domain.Geography;
using OmsServerless.Domain.Network;

namespace OmsServerless.Storage.Tests.Capacity;

public sealed class TableNodeCapacityLedgerTests(StorageTestContext context) : IClassFixture<StorageTestContext>
{
    /// <summary>10:00 in New York, 07:00 in Los Angeles: before both cut-offs.</summary>
    private static readonly DateTimeOffset Morning = new(2026, 11, 26, 15, 0, 0, TimeSpan.Zero);

    private readonly INodeCapacityLedger _ledger = context.Get<INodeCapacityLedger>();

    [Fact]
    public async Task A_release_counted_again_after_a_retry_counts_once()
    {
        FulfillmentNode store = Node("America/New_York", new TimeOnly(17, 0));

        await _ledger.ConsumeAsync(store, "FO-1", 4, Morning, CancellationToken.None);
        await _ledger.ConsumeAsync(store, "FO-1", 4, Morning, CancellationToken.None);
        await _ledger.ConsumeAsync(store, "FO-2", 2, Morning.AddHours(1), CancellationToken.None);

        Assert.Equal([new NodeCapacityUsage(store.NodeId, new DateOnly(2026, 11, 26), 6)], await UsageAsync(Morning, store));
    }

    [Fact]
    public async Task Concurrent_releases_to_one_node_all_count()
    {
        FulfillmentNode dc = Node("America/Chicago", new TimeOnly(20, 0));

        await Task.WhenAll(Enumerable.Range(1, 24).Select(i => _ledger.ConsumeAsync(dc, $"FO-{i}", i % 3 + 1, Morning, CancellationToken.None)));

        Assert.Equal(Enumerable.Range(1, 24).Sum(i => i % 3 + 1), Assert.Single(await UsageAsync(Morning, dc)).UnitsReleased);
    }

    [Fact]
    public async Task Work_released_after_the_cut_off_fills_the_next_day()
    {
        FulfillmentNode store = Node("America/New_York", new TimeOnly(14, 0));
        DateTimeOffset afternoon = Morning.AddHours(5);

        await _ledger.ConsumeAsync(store, "FO-late", 5, afternoon, CancellationToken.None);

        Assert.Empty(await UsageAsync(Morning, store));
        Assert.Equal([new NodeCapacityUsage(store.NodeId, new DateOnly(2026, 11, 27), 5)], await UsageAsync(afternoon, store));
    }

    [Fact]
    public async Task Nodes_in_different_time_zones_are_read_on_their_own_work_days()
    {
        // 23:30 in New York is past its cut-off (next day); 20:30 in Los Angeles is still today.
        DateTimeOffset evening = new(2026, 11, 27, 4, 30, 0, TimeSpan.Zero);
        FulfillmentNode east = Node("America/New_York", new TimeOnly(22, 0));
        FulfillmentNode west = Node("America/Los_Angeles", new TimeOnly(22, 0));

        await _ledger.ConsumeAsync(east, "FO-east", 3, evening, CancellationToken.None);
        await _ledger.ConsumeAsync(west, "FO-west", 7, evening, CancellationToken.None);

        Assert.Equal(
            [new NodeCapacityUsage(west.NodeId, new DateOnly(2026, 11, 26), 7), new NodeCapacityUsage(east.NodeId, new DateOnly(2026, 11, 27), 3)],
            (await UsageAsync(evening, east, west)).OrderBy(u => u.WorkDay));
    }

    [Fact]
    public async Task A_withdrawn_fulfillment_order_gives_its_units_back_once_and_an_unknown_one_changes_nothing()
    {
        FulfillmentNode store = Node("America/New_York", new TimeOnly(17, 0));
        await _ledger.ConsumeAsync(store, "FO-kept", 2, Morning, CancellationToken.None);
        await _ledger.ConsumeAsync(store, "FO-withdrawn", 5, Morning, CancellationToken.None);

        await _ledger.ReturnAsync(store, "FO-withdrawn", Morning, CancellationToken.None);
        await _ledger.ReturnAsync(store, "FO-withdrawn", Morning, CancellationToken.None);
        await _ledger.ReturnAsync(store, "FO-never-released", Morning, CancellationToken.None);

        Assert.Equal(2, Assert.Single(await UsageAsync(Morning, store)).UnitsReleased);
    }

    private Task<IReadOnlyList<NodeCapacityUsage>> UsageAsync(DateTimeOffset at, params FulfillmentNode[] nodes) =>
        _ledger.GetUsageAsync(nodes, at, CancellationToken.None);

    /// <summary>A node of its own, so tests sharing the table never see each other's counts.</summary>
    private static FulfillmentNode Node(string timeZone, TimeOnly cutoff) => new(
        "NODE-" + Guid.NewGuid().ToString("N")[..10], "Test node", NodeType.Store,
        new NodeAddress("1 Main St", "Somewhere", "NY", "10001", "US"), new GeoPoint(40.75, -73.99), "East",
        NodeCapabilities.Ship, 100, cutoff, timeZone, 1.0m, 1);
}
