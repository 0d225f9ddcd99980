using Azure.Data.Tables;
using OmsServerless.Domain.Fraud;
using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Orders;
using OmsServerless.Storage.Tables;

namespace OmsServerless.Storage.Tests.Orders;

/// <summary>Each test gets its own tables: status and day lists are global, so other tests' orders would show up.</summary>
public sealed class TableOrderIndexTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Morning = new(2026, 11, 20, 8, 0, 0, TimeSpan.Zero);
    private static readonly OrderStatus[] EveryStatus = Enum.GetValues<OrderStatus>();

    private readonly StorageTestContext _context = new();

    private IOrderIndex Index => _context.Get<IOrderIndex>();

    public Task InitializeAsync() => _context.InitializeAsync();

    public Task DisposeAsync() => _context.DisposeAsync();

    [Fact]
    public async Task A_customers_orders_page_newest_first_across_pages()
    {
        const string Customer = "cust a/1#x";
        TestOrder[] orders = [.. Enumerable.Range(0, 7).Select(i => TestOrder.Place($"ord-{i}", Customer, Morning.AddHours(i)))];
        foreach (TestOrder order in orders.Reverse().Where((_, i) => i % 2 == 0).Concat(orders.Reverse().Where((_, i) => i % 2 == 1)))
        {
            await Index.RecordAsync(order.Snapshot, order.Snapshot.CreatedAt, CancellationToken.None);
        }

        await Index.RecordAsync(TestOrder.Place("ord-other", "cust a/2", Morning.AddHours(3)).Snapshot, Morning, CancellationToken.None);

        List<OrderSummaryPage> pages = await ReadAllAsync((token, ct) => Index.ListByCustomerAsync(Customer, 3, token, ct));

        Assert.Equal([3, 3, 1], pages.Select(page => page.Orders.Count));
        Assert.Equal(
            ["ord-6", "ord-5", "ord-4", "ord-3", "ord-2", "ord-1", "ord-0"],
            pages.SelectMany(page => page.Orders).Select(summary => summary.OrderId));
    }

    [Fact]
    public async Task A_status_change_moves_the_order_out_of_the_old_status_list()
    {
        TestOrder order = TestOrder.Place("ord-1", "cust-1", Morning);
        await Index.RecordAsync(order.Snapshot, Morning, CancellationToken.None);
        OrderSummaryPage receivedBefore = await Index.ListByStatusAsync(OrderStatus.Received, 10, null, CancellationToken.None);

        await Index.RecordAsync(order.ValidateAddresses().Snapshot, Morning.AddMinutes(1), CancellationToken.None);

        Assert.Equal("ord-1", Assert.Single(receivedBefore.Orders).OrderId);
        Assert.Empty((await Index.ListByStatusAsync(OrderStatus.Received, 10, null, CancellationToken.None)).Orders);
        OrderSummary validated = Assert.Single((await Index.ListByStatusAsync(OrderStatus.AddressValidated, 10, null, CancellationToken.None)).Orders);
        Assert.Equal((OrderStatus.AddressValidated, Morning.AddMinutes(1)), (validated.Status, validated.UpdatedAt));
        Assert.Equal(validated, Assert.Single((await Index.ListByCustomerAsync("cust-1", 10, null, CancellationToken.None)).Orders));
        Assert.Equal(validated, Assert.Single((await Index.ListByDayAsync(DateOnly.FromDateTime(Morning.UtcDateTime), 10, null, CancellationToken.None)).Orders));
    }

    [Fact]
    public async Task Recording_older_versions_after_a_newer_one_changes_nothing()
    {
        TestOrder order = TestOrder.Place("ord-1", "cust-1", Morning);
        OrderSnapshot[] versions =
        [
            order.Snapshot,
            order.ValidateAddresses().Snapshot,
            order.Screen(FraudDecision.Review, 60).Snapshot,
            order.AcceptReview().Snapshot,
        ];

        foreach (int version in new[] { 3, 1, 0, 2 })
        {
            await Index.RecordAsync(versions[version], Morning.AddMinutes(version), CancellationToken.None);
        }

        Dictionary<OrderStatus, string[]> lists = await StatusListsAsync();
        Assert.Equal(["ord-1"], lists[OrderStatus.FraudAccepted]);
        Assert.All(lists.Where(list => list.Key != OrderStatus.FraudAccepted), list => Assert.Empty(list.Value));
        OrderSummary summary = Assert.Single((await Index.ListByCustomerAsync("cust-1", 10, null, CancellationToken.None)).Orders);
        Assert.Equal((OrderStatus.FraudAccepted, Morning.AddMinutes(3)), (summary.Status, summary.UpdatedAt));
        Assert.Equal(summary, Assert.Single((await Index.ListByDayAsync(DateOnly.FromDateTime(Morning.UtcDateTime), 10, null, CancellationToken.None)).Orders));
    }

    [Fact]
    public async Task Concurrent_recording_of_every_version_in_any_order_ends_with_each_orders_latest()
    {
        List<(OrderSnapshot Snapshot, DateTimeOffset UpdatedAt)> writes = [];
        for (int i = 0; i < 8; i++)
        {
            TestOrder order = TestOrder.Place($"ord-{i}", "cust-1", Morning.AddMinutes(i));
            OrderSnapshot[] versions =
            [
                order.Snapshot,
                order.ValidateAddresses().Snapshot,
                order.Screen(FraudDecision.Review, 60).Snapshot,
                order.AcceptReview().Snapshot,
                order.Authorize().Snapshot,
                order.Park().Snapshot,
                order.Resume().Snapshot,
            ];
            writes.AddRange(versions.Concat(versions).Concat(versions).Select(snapshot => (snapshot, Morning.AddHours(snapshot.Version))));
        }

        (OrderSnapshot Snapshot, DateTimeOffset UpdatedAt)[] shuffled = [.. writes];
        new Random(20261120).Shuffle(shuffled);

        await Task.WhenAll(shuffled.Select(write => Task.Run(() =>
            Index.RecordAsync(write.Snapshot, write.UpdatedAt, CancellationToken.None))));

        Dictionary<OrderStatus, string[]> lists = await StatusListsAsync();
        Assert.Equal(["ord-0", "ord-1", "ord-2", "ord-3", "ord-4", "ord-5", "ord-6", "ord-7"], lists[OrderStatus.PaymentAuthorized]);
        Assert.All(lists.Where(list => list.Key != OrderStatus.PaymentAuthorized), list => Assert.Empty(list.Value));
        OrderSummaryPage customer = await Index.ListByCustomerAsync("cust-1", 10, null, CancellationToken.None);
        Assert.Equal(8, customer.Orders.Count);
        Assert.All(customer.Orders, summary => Assert.Equal((OrderStatus.PaymentAuthorized, Morning.AddHours(7)), (summary.Status, summary.UpdatedAt)));
    }

    [Fact]
    public async Task A_status_list_is_oldest_order_first_whenever_the_orders_entered_the_status()
    {
        TestOrder placedFirst = TestOrder.Place("ord-placed-first", "cust-1", Morning).ValidateAddresses().After(TimeSpan.FromHours(5));
        TestOrder placedSecond = TestOrder.Place("ord-placed-second", "cust-2", Morning.AddMinutes(1)).ValidateAddresses();
        TestOrder placedThird = TestOrder.Place("ord-placed-third", "cust-3", Morning.AddMinutes(2)).ValidateAddresses();

        foreach (TestOrder order in new[] { placedThird, placedSecond, placedFirst })
        {
            await Index.RecordAsync(order.Screen(FraudDecision.Review, 60).Snapshot, Morning.AddDays(1), CancellationToken.None);
        }

        OrderSummaryPage review = await Index.ListByStatusAsync(OrderStatus.AwaitingFraudReview, 10, null, CancellationToken.None);

        Assert.Equal(["ord-placed-first", "ord-placed-second", "ord-placed-third"], review.Orders.Select(summary => summary.OrderId));
    }

    [Fact]
    public async Task An_order_that_returns_to_a_status_is_listed_there_again()
    {
        TestOrder order = TestOrder.Place("ord-1", "cust-1", Morning).ValidateAddresses().Screen(FraudDecision.Accept).Authorize();
        OrderSnapshot authorized = order.Snapshot;
        OrderSnapshot parked = order.Park().Snapshot;
        OrderSnapshot resumed = order.Resume().Snapshot;

        await Index.RecordAsync(authorized, Morning, CancellationToken.None);
        await Index.RecordAsync(parked, Morning.AddMinutes(1), CancellationToken.None);
        OrderSummaryPage whileParked = await Index.ListByStatusAsync(OrderStatus.PaymentAuthorized, 10, null, CancellationToken.None);
        await Index.RecordAsync(resumed, Morning.AddMinutes(2), CancellationToken.None);

        Assert.Empty(whileParked.Orders);
        Assert.Empty((await Index.ListByStatusAsync(OrderStatus.ParkedForReview, 10, null, CancellationToken.None)).Orders);
        OrderSummary listed = Assert.Single((await Index.ListByStatusAsync(OrderStatus.PaymentAuthorized, 10, null, CancellationToken.None)).Orders);
        Assert.Equal(Morning.AddMinutes(2), listed.UpdatedAt);
    }

    [Fact]
    public async Task Status_pages_stay_full_past_orders_that_left_the_status()
    {
        TestOrder[] orders = [.. Enumerable.Range(0, 8).Select(i => TestOrder.Place($"ord-{i}", "cust-1", Morning.AddMinutes(i)))];
        foreach (TestOrder order in orders)
        {
            await Index.RecordAsync(order.Snapshot, Morning, CancellationToken.None);
        }

        foreach (TestOrder order in orders.Where((_, i) => i % 2 == 0))
        {
            await Index.RecordAsync(order.ValidateAddresses().Snapshot, Morning.AddHours(1), CancellationToken.None);
        }

        List<OrderSummaryPage> pages = await ReadAllAsync((token, ct) => Index.ListByStatusAsync(OrderStatus.Received, 2, token, ct));

        Assert.Equal(["ord-1", "ord-3", "ord-5", "ord-7"], pages.SelectMany(page => page.Orders).Select(summary => summary.OrderId));
        Assert.All(pages.Where(page => page.ContinuationToken is not null), page => Assert.Equal(2, page.Orders.Count));
    }

    [Fact]
    public async Task A_day_list_holds_the_orders_placed_on_that_utc_day_newest_first()
    {
        TestOrder[] orders =
        [
            TestOrder.Place("ord-late", "cust-1", new DateTimeOffset(2026, 11, 20, 23, 30, 0, TimeSpan.Zero)),
            TestOrder.Place("ord-east", "cust-2", new DateTimeOffset(2026, 11, 21, 1, 0, 0, TimeSpan.FromHours(2))),
            TestOrder.Place("ord-next-day", "cust-3", new DateTimeOffset(2026, 11, 21, 0, 10, 0, TimeSpan.Zero)),
            TestOrder.Place("ord-early", "cust-4", new DateTimeOffset(2026, 11, 20, 0, 0, 0, TimeSpan.Zero)),
            TestOrder.Place("ord-day-before", "cust-5", new DateTimeOffset(2026, 11, 19, 23, 59, 59, TimeSpan.Zero)),
        ];
        foreach (TestOrder order in orders)
        {
            await Index.RecordAsync(order.Snapshot, Morning, CancellationToken.None);
        }

        List<OrderSummaryPage> pages = await ReadAllAsync((token, ct) => Index.ListByDayAsync(new DateOnly(2026, 11, 20), 2, token, ct));

        Assert.Equal(["ord-late", "ord-east", "ord-early"], pages.SelectMany(page => page.Orders).Select(summary => summary.OrderId));
        Assert.Equal("ord-next-day", Assert.Single((await Index.ListByDayAsync(new DateOnly(2026, 11, 21), 10, null, CancellationToken.None)).Orders).OrderId);
    }

    [Fact]
    public async Task A_summary_totals_the_active_lines_and_counts_every_line()
    {
        TestOrder order = TestOrder.Place("ord-1", "cust-1", Morning, (2, 25.00m), (1, 10.50m), (3, 1.99m)).CancelLines("2");

        await Index.RecordAsync(order.Snapshot, Morning.AddMinutes(5), CancellationToken.None);

        OrderSummary summary = Assert.Single((await Index.ListByCustomerAsync("cust-1", 10, null, CancellationToken.None)).Orders);
        Assert.Equal(
            new OrderSummary("ord-1", "cust-1", SalesChannel.Web, OrderStatus.Received, 55.97m, "USD", 3, Morning, Morning.AddMinutes(5)),
            summary);
    }

    [Fact]
    public async Task Recording_the_same_version_again_keeps_one_row_per_list_and_the_first_recording()
    {
        OrderSnapshot order = TestOrder.Place("ord-1", "cust-1", Morning).Snapshot;

        await Index.RecordAsync(order, Morning, CancellationToken.None);
        await Index.RecordAsync(order, Morning.AddMinutes(9), CancellationToken.None);

        Assert.Equal(Morning, Assert.Single((await Index.ListByCustomerAsync("cust-1", 10, null, CancellationToken.None)).Orders).UpdatedAt);
        Assert.Single((await Index.ListByStatusAsync(OrderStatus.Received, 10, null, CancellationToken.None)).Orders);
        Assert.Single((await Index.ListByDayAsync(DateOnly.FromDateTime(Morning.UtcDateTime), 10, null, CancellationToken.None)).Orders);
    }

    [Fact]
    public async Task Recording_a_version_again_restores_the_list_rows_a_write_that_stopped_half_way_left_out()
    {
        TestOrder order = TestOrder.Place("ord-1", "cust-1", Morning);
        await Index.RecordAsync(order.Snapshot, Morning, CancellationToken.None);
        await Index.RecordAsync(order.ValidateAddresses().Snapshot, Morning.AddMinutes(1), CancellationToken.None);
        await DeleteStatusAndDayRowsAsync("ord-1");

        await Index.RecordAsync(order.Snapshot, Morning.AddMinutes(1), CancellationToken.None);

        Assert.Equal("ord-1", Assert.Single((await Index.ListByStatusAsync(OrderStatus.AddressValidated, 10, null, CancellationToken.None)).Orders).OrderId);
        Assert.Equal("ord-1", Assert.Single((await Index.ListByDayAsync(DateOnly.FromDateTime(Morning.UtcDateTime), 10, null, CancellationToken.None)).Orders).OrderId);
        Assert.Empty((await Index.ListByStatusAsync(OrderStatus.Received, 10, null, CancellationToken.None)).Orders);
    }

    /// <summary>
    /// Leaves the index as a writer that stopped right after moving the order's pointer would: only the customer
    /// partition (pointer and customer row) is written.
    /// </summary>
    private async Task DeleteStatusAndDayRowsAsync(string orderId)
    {
        TableClient table = _context.Get<OmsTables>().Get(OmsTableNames.OrderIndex);
        await foreach (TableEntity row in table.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"OrderId eq {orderId}")))
        {
            if (!row.PartitionKey.StartsWith("c|", StringComparison.Ordinal))
            {
                await table.DeleteEntityAsync(row.PartitionKey, row.RowKey);
            }
        }
    }

    private static async Task<List<OrderSummaryPage>> ReadAllAsync(Func<string?, CancellationToken, Task<OrderSummaryPage>> list)
    {
        var pages = new List<OrderSummaryPage>();
        string? token = null;
        do
        {
            OrderSummaryPage page = await list(token, CancellationToken.None);
            pages.Add(page);
            token = page.ContinuationToken;
        }
        while (token is not null);

        return pages;
    }

    private async Task<Dictionary<OrderStatus, string[]>> StatusListsAsync()
    {
        var lists = new Dictionary<OrderStatus, string[]>();
        foreach (OrderStatus status in EveryStatus)
        {
            List<OrderSummaryPage> pages = await ReadAllAsync((token, ct) => Index.ListByStatusAsync(status, 100, token, ct));
            lists[status] = [.. pages.SelectMany(page => page.Orders).Select(summary => summary.OrderId)];
        }

        return lists;
    }
}
