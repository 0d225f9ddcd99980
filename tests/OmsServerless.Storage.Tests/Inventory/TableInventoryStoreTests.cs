using OmsServerless.Domain.Inventory;
using OmsServerless.Storage.Inventory;

namespace OmsServerless.Storage.Tests.Inventory;

public sealed class TableInventoryStoreTests : IClassFixture<StorageTestContext>
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
    private readonly TableInventoryStore _store;

    public TableInventoryStoreTests(StorageTestContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _store = context.Get<TableInventoryStore>();
    }

    [Fact]
    public async Task Fifty_concurrent_adjustments_lose_no_update_and_write_fifty_ledger_entries()
    {
        string sku = NewSku();
        int[] deltas = Enumerable.Range(1, 50).Select(i => i % 5 == 0 ? -1 : i % 7 + 1).ToArray();
        await _store.ApplyAsync(Movement(sku, "DC-1", MovementType.Receipt, 100, "opening"), CancellationToken.None);

        await Task.WhenAll(deltas.Select((delta, i) =>
            _store.ApplyAsync(Movement(sku, "DC-1", MovementType.Adjustment, delta, $"adj-{i}"), CancellationToken.None)));

        InventoryBalance? balance = await _store.GetBalanceAsync(sku, "DC-1", CancellationToken.None);
        Assert.Equal(100 + deltas.Sum(), balance!.OnHand);
        List<LedgerEntry> ledger = await ReadWholeLedgerAsync(sku, "DC-1");
        Assert.Equal(51, ledger.Count);
        Assert.Equal(50, ledger.Count(e => e.MovementId.StartsWith("adj-", StringComparison.Ordinal)));
        Assert.Equal(Enumerable.Range(1, 51).Select(i => (long)i), ledger.Select(e => e.Sequence).Order());
    }

    [Fact]
    public async Task A_repeated_movement_id_is_applied_once()
    {
        string sku = NewSku();
        InventoryMovement receipt = Movement(sku, "STORE-1", MovementType.Receipt, 7, "po-123-line-1");

        MovementResult first = await _store.ApplyAsync(receipt, CancellationToken.None);
        MovementResult[] retries = await Task.WhenAll(Enumerable.Range(0, 10)
            .Select(_ => _store.ApplyAsync(receipt, CancellationToken.None)));

        Assert.False(first.AlreadyApplied);
        Assert.All(retries, r => Assert.True(r.AlreadyApplied));
        Assert.All(retries, r => Assert.Equal(first.Entry.Sequence, r.Entry.Sequence));
        Assert.Equal(7, (await _store.GetBalanceAsync(sku, "STORE-1", CancellationToken.None))!.OnHand);
        Assert.Single(await ReadWholeLedgerAsync(sku, "STORE-1"));
    }

    [Fact]
    public async Task Concurrent_retries_of_one_movement_apply_it_once()
    {
        string sku = NewSku();
        InventoryMovement receipt = Movement(sku, "STORE-2", MovementType.Receipt, 3, "asn-9");

        MovementResult[] results = await Task.WhenAll(Enumerable.Range(0, 20)
            .Select(_ => _store.ApplyAsync(receipt, CancellationToken.None)));

        Assert.Single(results, r => !r.AlreadyApplied);
        Assert.Equal(3, (await _store.GetBalanceAsync(sku, "STORE-2", CancellationToken.None))!.OnHand);
    }

    [Fact]
    public async Task A_movement_id_reused_with_other_content_is_refused_and_changes_nothing()
    {
        string sku = NewSku();
        await _store.ApplyAsync(Movement(sku, "DC-1", MovementType.Receipt, 5, "mv-1"), CancellationToken.None);

        await Assert.ThrowsAsync<MovementIdReusedException>(() =>
            _store.ApplyAsync(Movement(sku, "DC-1", MovementType.Receipt, 9, "mv-1"), CancellationToken.None));

        Assert.Equal(5, (await _store.GetBalanceAsync(sku, "DC-1", CancellationToken.None))!.OnHand);
    }

    [Fact]
    public async Task A_movement_that_would_drive_stock_negative_is_refused_and_writes_nothing()
    {
        string sku = NewSku();
        await _store.ApplyAsync(Movement(sku, "DC-1", MovementType.Receipt, 2, "in-1"), CancellationToken.None);

        await Assert.ThrowsAsync<InventoryRuleViolation>(() =>
            _store.ApplyAsync(Movement(sku, "DC-1", MovementType.Adjustment, -3, "out-1"), CancellationToken.None));

        Assert.Equal(2, (await _store.GetBalanceAsync(sku, "DC-1", CancellationToken.None))!.OnHand);
        Assert.Single(await ReadWholeLedgerAsync(sku, "DC-1"));
    }

    [Fact]
    public async Task The_ledger_pages_newest_first_and_records_the_balance_after_each_movement()
    {
        string sku = NewSku();
        await _store.ApplyAsync(Movement(sku, "DC-1", MovementType.Receipt, 10, "m1"), CancellationToken.None);
        await _store.ApplyAsync(Movement(sku, "DC-1", MovementType.SafetyStockChange, 2, "m2"), CancellationToken.None);
        await _store.ApplyAsync(Movement(sku, "DC-1", MovementType.Damage, 1, "m3"), CancellationToken.None);

        LedgerPage first = await _store.GetLedgerAsync(sku, "DC-1", 2, null, CancellationToken.None);
        LedgerPage second = await _store.GetLedgerAsync(sku, "DC-1", 2, first.ContinuationToken, CancellationToken.None);

        Assert.Equal(["m3", "m2"], first.Entries.Select(e => e.MovementId));
        Assert.NotNull(first.ContinuationToken);
        Assert.Equal(["m1"], second.Entries.Select(e => e.MovementId));
        Assert.Null(second.ContinuationToken);
        InventoryBalance after = first.Entries[0].After;
        Assert.Equal((10, 2, 1, 7), (after.OnHand, after.SafetyStock, after.Unavailable, after.AvailableToPromise));
    }

    [Fact]
    public async Task Balances_of_a_sku_list_every_node_and_nothing_of_other_skus()
    {
        string sku = NewSku();
        string otherSku = NewSku();
        await _store.ApplyAsync(Movement(sku, "A", MovementType.Receipt, 1, "r1"), CancellationToken.None);
        await _store.ApplyAsync(Movement(sku, "B", MovementType.Receipt, 2, "r2"), CancellationToken.None);
        await _store.ApplyAsync(Movement(otherSku, "A", MovementType.Receipt, 3, "r3"), CancellationToken.None);

        IReadOnlyList<InventoryBalance> balances = await _store.GetBalancesAsync(sku, CancellationToken.None);

        Assert.Equal([("A", 1), ("B", 2)], balances.Select(b => (b.NodeId, b.OnHand)));
    }

    internal static string NewSku() => "SKU-" + Guid.NewGuid().ToString("N")[..10];

    internal static InventoryMovement Movement(string sku, string node, MovementType type, int quantity, string id) =>
        new(id, type, sku, node, quantity, Now, "test");

    private async Task<List<LedgerEntry>> ReadWholeLedgerAsync(string sku, string node)
    {
        var entries = new List<LedgerEntry>();
        string? token = null;
        do
        {
            LedgerPage page = await _store.GetLedgerAsync(sku, node, 100, token, CancellationToken.None);
            entries.AddRange(page.Entries);
            token = page.ContinuationToken;
        }
        while (token is not null);

        return entries;
    }
}
