using OmsServerless.Domain.Inventory;
using OmsServerless.Storage.Inventory;
using static OmsServerless.Storage.Tests.Inventory.TableInventoryStoreTests;

namespace OmsServerless.Storage.Tests.Inventory;

public sealed class ReservationReleaseTests : IClassFixture<StorageTestContext>
{
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
    private readonly TableInventoryStore _store;

    public ReservationReleaseTests(StorageTestContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _store = context.Get<TableInventoryStore>();
    }

    [Fact]
    public async Task A_release_gives_back_exactly_what_the_reservation_took_once()
    {
        string sku = NewSku();
        await _store.ApplyAsync(Movement(sku, "N", MovementType.Receipt, 10, "in"), CancellationToken.None);
        await _store.ApplyAsync(Movement(sku, "N", MovementType.Reservation, 2, "res:other-order"), CancellationToken.None);
        await _store.ApplyAsync(Movement(sku, "N", MovementType.Reservation, 3, "res:order-1"), CancellationToken.None);

        MovementResult? first = await ReleaseAsync(sku, "res:order-1");
        MovementResult? again = await ReleaseAsync(sku, "res:order-1");

        Assert.Equal(3, first!.Entry.Quantity);
        Assert.True(again!.AlreadyApplied);
        InventoryBalance balance = (await _store.GetBalanceAsync(sku, "N", CancellationToken.None))!;
        Assert.Equal((2, 8), (balance.Reserved, balance.AvailableToPromise));
    }

    [Fact]
    public async Task Releasing_a_reservation_that_never_happened_changes_nothing_and_voids_it()
    {
        string sku = NewSku();
        await _store.ApplyAsync(Movement(sku, "N", MovementType.Receipt, 10, "in"), CancellationToken.None);
        await _store.ApplyAsync(Movement(sku, "N", MovementType.Reservation, 4, "res:someone-else"), CancellationToken.None);

        MovementResult? release = await ReleaseAsync(sku, "res:never-made");
        await Assert.ThrowsAsync<MovementVoidedException>(() =>
            _store.ApplyAsync(Movement(sku, "N", MovementType.Reservation, 1, "res:never-made"), CancellationToken.None));

        Assert.Null(release);
        Assert.Equal(4, (await _store.GetBalanceAsync(sku, "N", CancellationToken.None))!.Reserved);
    }

    [Fact]
    public async Task A_reservation_and_its_release_racing_never_leak_stock()
    {
        string sku = NewSku();
        await _store.ApplyAsync(Movement(sku, "N", MovementType.Receipt, 100, "in"), CancellationToken.None);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(async i =>
        {
            string id = $"res:race-{i}";
            Task reserve = ReserveIgnoringVoidAsync(sku, id);
            Task release = ReleaseAsync(sku, id);
            await Task.WhenAll(reserve, release);
        }));

        Assert.Equal(0, (await _store.GetBalanceAsync(sku, "N", CancellationToken.None))!.Reserved);
    }

    private Task<MovementResult?> ReleaseAsync(string sku, string reservationId) =>
        _store.ReleaseReservationAsync(sku, "N", reservationId, "test", "cancelled", Now, CancellationToken.None);

    private async Task ReserveIgnoringVoidAsync(string sku, string id)
    {
        try
        {
            await _store.ApplyAsync(Movement(sku, "N", MovementType.Reservation, 1, id), CancellationToken.None);
        }
        catch (MovementVoidedException)
        {
            // The release got there first; that is the point of voiding.
        }
    }
}
