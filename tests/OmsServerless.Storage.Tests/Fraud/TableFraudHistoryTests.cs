using OmsServerless.Domain.Fraud;

namespace OmsServerless.Storage.Tests.Fraud;

public sealed class TableFraudHistoryTests(StorageTestContext context) : IClassFixture<StorageTestContext>
{
    private static readonly DateTimeOffset PlacedAt = new(2026, 11, 26, 12, 0, 0, TimeSpan.Zero);

    private readonly IFraudHistory _history = context.Get<IFraudHistory>();

    [Fact]
    public async Task A_window_holds_the_orders_placed_from_its_start_until_just_before_the_screened_order()
    {
        string customer = NewId("cust");
        await RecordAsync("A", PlacedAt.AddHours(-24).AddSeconds(-1), 1m, customer);
        await RecordAsync("B", PlacedAt.AddHours(-24), 2m, customer);
        await RecordAsync("C", PlacedAt.AddHours(-1).AddSeconds(-1), 4m, customer);
        await RecordAsync("D", PlacedAt.AddHours(-1), 8m, customer);
        await RecordAsync("E", PlacedAt, 16m, customer);
        await RecordAsync("F", PlacedAt.AddSeconds(1), 32m, customer);
        await RecordAsync("self", PlacedAt, 64m, customer);

        IReadOnlyList<VelocityObservation> observed = await ObserveAsync(
            "self", PlacedAt, customer, null, null,
            [new(VelocityDimension.Customer, 1), new(VelocityDimension.Customer, 24), new(VelocityDimension.Customer, 48)],
            CancellationToken.None);

        Assert.Equal(
            [
                new VelocityObservation(VelocityDimension.Customer, 1, 1, 8m),
                new VelocityObservation(VelocityDimension.Customer, 24, 3, 14m),
                new VelocityObservation(VelocityDimension.Customer, 48, 4, 15m),
            ],
            observed);
    }

    [Fact]
    public async Task The_screened_order_is_never_counted_even_when_it_is_already_recorded()
    {
        string customer = NewId("cust");
        string card = NewId("card");
        await _history.RecordAsync("self", PlacedAt, 500m, customer, card, "addr-1", CancellationToken.None);

        IReadOnlyList<VelocityObservation> observed = await ObserveAsync(
            "self", PlacedAt, customer, card, "addr-1",
            [new(VelocityDimension.Customer, 24), new(VelocityDimension.CardFingerprint, 24), new(VelocityDimension.ShippingAddress, 24)],
            CancellationToken.None);

        Assert.All(observed, observation => Assert.Equal((0, 0m), (observation.OrderCount, observation.Amount)));
    }

    [Fact]
    public async Task Recording_an_order_twice_counts_it_once()
    {
        string customer = NewId("cust");
        await RecordAsync("ord-1", PlacedAt.AddMinutes(-10), 40m, customer);
        await RecordAsync("ord-1", PlacedAt.AddMinutes(-10), 40m, customer);

        VelocityObservation observed = Assert.Single(await ObserveAsync(
            "ord-2", PlacedAt, customer, null, null, [new(VelocityDimension.Customer, 1)], CancellationToken.None));

        Assert.Equal((1, 40m), (observed.OrderCount, observed.Amount));
    }

    [Fact]
    public async Task Each_dimension_counts_only_the_orders_that_share_its_value()
    {
        string card = NewId("card");
        string address = NewId("addr");
        string customer = NewId("cust");
        await _history.RecordAsync("ord-1", PlacedAt.AddMinutes(-30), 10m, NewId("cust"), card, address, CancellationToken.None);
        await _history.RecordAsync("ord-2", PlacedAt.AddMinutes(-20), 20m, NewId("cust"), card, NewId("addr"), CancellationToken.None);
        await _history.RecordAsync("ord-3", PlacedAt.AddMinutes(-10), 30m, customer, NewId("card"), null, CancellationToken.None);

        // The customer id also used as a card fingerprint and an address key must not leak across dimensions.
        await _history.RecordAsync("ord-4", PlacedAt.AddMinutes(-5), 40m, NewId("cust"), customer, customer, CancellationToken.None);

        IReadOnlyList<VelocityObservation> observed = await ObserveAsync(
            "ord-new", PlacedAt, customer, card, address,
            [new(VelocityDimension.Customer, 1), new(VelocityDimension.CardFingerprint, 1), new(VelocityDimension.ShippingAddress, 1)],
            CancellationToken.None);

        Assert.Equal(
            [
                new VelocityObservation(VelocityDimension.Customer, 1, 1, 30m),
                new VelocityObservation(VelocityDimension.CardFingerprint, 1, 2, 30m),
                new VelocityObservation(VelocityDimension.ShippingAddress, 1, 1, 10m),
            ],
            observed);
    }

    [Fact]
    public async Task A_dimension_the_order_lacks_observes_nothing()
    {
        string customer = NewId("cust");
        await _history.RecordAsync("ord-1", PlacedAt.AddMinutes(-5), 10m, customer, NewId("card"), NewId("addr"), CancellationToken.None);

        IReadOnlyList<VelocityObservation> observed = await ObserveAsync(
            "ord-2", PlacedAt, customer, null, null,
            [new(VelocityDimension.CardFingerprint, 24), new(VelocityDimension.ShippingAddress, 24)],
            CancellationToken.None);

        Assert.All(observed, observation => Assert.Equal((0, 0m), (observation.OrderCount, observation.Amount)));
    }

    [Fact]
    public async Task Customer_history_gives_the_first_order_and_the_orders_placed_before_the_screened_one()
    {
        string customer = NewId("cust");
        await RecordAsync("ord-2", PlacedAt.AddDays(-3), 10m, customer);
        await RecordAsync("ord-1", PlacedAt.AddDays(-30), 10m, customer);
        await RecordAsync("ord-3", PlacedAt, 10m, customer);
        await RecordAsync("ord-same-instant", PlacedAt, 10m, customer);
        await RecordAsync("ord-4", PlacedAt.AddDays(2), 10m, customer);

        FraudHistoryObservation ofRecorded = await _history.ObserveAsync("ord-3", PlacedAt, customer, null, null, [], CancellationToken.None);
        FraudHistoryObservation ofLater = await _history.ObserveAsync("ord-5", PlacedAt.AddDays(3), customer, null, null, [], CancellationToken.None);

        Assert.Equal(new CustomerHistory(PlacedAt.AddDays(-30), 2), ofRecorded.Customer);
        Assert.Equal(new CustomerHistory(PlacedAt.AddDays(-30), 5), ofLater.Customer);
    }

    [Fact]
    public async Task Customer_windows_and_customer_history_come_from_the_same_orders()
    {
        string customer = NewId("cust");
        await RecordAsync("ord-old", PlacedAt.AddDays(-40), 5m, customer);
        await RecordAsync("ord-recent", PlacedAt.AddHours(-2), 7m, customer);

        FraudHistoryObservation observed = await _history.ObserveAsync(
            "ord-new", PlacedAt, customer, null, null, [new(VelocityDimension.Customer, 24)], CancellationToken.None);

        Assert.Equal(new CustomerHistory(PlacedAt.AddDays(-40), 2), observed.Customer);
        Assert.Equal([new VelocityObservation(VelocityDimension.Customer, 24, 1, 7m)], observed.Velocity);
    }

    [Fact]
    public async Task A_first_order_has_no_history()
    {
        string customer = NewId("cust/with#odd?chars");
        await RecordAsync("ord-1", PlacedAt, 10m, customer);

        Assert.Equal(
            new CustomerHistory(null, 0),
            (await _history.ObserveAsync("ord-1", PlacedAt, customer, null, null, [], CancellationToken.None)).Customer);
        Assert.Equal(
            new CustomerHistory(null, 0),
            (await _history.ObserveAsync("ord-1", PlacedAt, NewId("cust"), null, null, [], CancellationToken.None)).Customer);
    }

    private async Task<IReadOnlyList<VelocityObservation>> ObserveAsync(
        string orderId, DateTimeOffset placedAt, string customerId, string? cardFingerprint, string? shippingAddressKey,
        IReadOnlyCollection<VelocityWindow> windows, CancellationToken cancellationToken) =>
        (await _history.ObserveAsync(orderId, placedAt, customerId, cardFingerprint, shippingAddressKey, windows, cancellationToken)).Velocity;

    private Task RecordAsync(string orderId, DateTimeOffset placedAt, decimal amount, string customerId) =>
        _history.RecordAsync(orderId, placedAt, amount, customerId, null, null, CancellationToken.None);

    private static string NewId(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..12];
}
