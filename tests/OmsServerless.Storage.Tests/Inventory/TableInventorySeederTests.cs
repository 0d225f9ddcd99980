using OmsServerless.Domain.Inventory;
using OmsServerless.Storage.Inventory;
using static OmsServerless.Storage.Tests.Inventory.TableInventoryStoreTests;

namespace OmsServerless.Storage.Tests.Inventory;

public sealed class TableInventorySeederTests : IClassFixture<StorageTestContext>
{
    private readonly TableInventorySeeder _seeder;
    private readonly TableInventoryStore _store;

    public TableInventorySeederTests(StorageTestContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _seeder = context.Get<TableInventorySeeder>();
        _store = context.Get<TableInventoryStore>();
    }

    [Fact]
    public async Task Opening_stock_lands_as_balances_with_a_ledger_a_store_would_have_written()
    {
        string sku = NewSku();

        await _seeder.SeedSkuAsync(Opening(sku), CancellationToken.None);

        InventoryBalance dc = (await _store.GetBalanceAsync(sku, "DC", CancellationToken.None))!;
        Assert.Equal((40, 5, 35), (dc.OnHand, dc.SafetyStock, dc.AvailableToPromise));
        LedgerPage ledger = await _store.GetLedgerAsync(sku, "DC", 10, null, CancellationToken.None);
        Assert.Equal([2L, 1L], ledger.Entries.Select(e => e.Sequence));
        MovementResult later = await _store.ApplyAsync(Movement(sku, "DC", MovementType.Receipt, 1, "after-seed"), CancellationToken.None);
        Assert.Equal(3, later.Entry.Sequence);
    }

    [Fact]
    public async Task Seeding_again_after_an_interrupted_load_completes_it_without_counting_anything_twice()
    {
        string sku = NewSku();
        IReadOnlyList<InventoryMovement> movements = Opening(sku);
        await _seeder.SeedSkuAsync([.. movements.Where(m => m.NodeId == "DC")], CancellationToken.None);

        await _seeder.SeedSkuAsync(movements, CancellationToken.None);

        Assert.Equal(40, (await _store.GetBalanceAsync(sku, "DC", CancellationToken.None))!.OnHand);
        Assert.Equal(7, (await _store.GetBalanceAsync(sku, "STORE", CancellationToken.None))!.OnHand);
        Assert.Equal(2, (await _store.GetLedgerAsync(sku, "DC", 10, null, CancellationToken.None)).Entries.Count);
    }

    private static IReadOnlyList<InventoryMovement> Opening(string sku) =>
    [
        Movement(sku, "DC", MovementType.Receipt, 40, "open-dc"),
        Movement(sku, "DC", MovementType.SafetyStockChange, 5, "open-dc-safety"),
        Movement(sku, "STORE", MovementType.Receipt, 7, "open-store"),
    ];
}
