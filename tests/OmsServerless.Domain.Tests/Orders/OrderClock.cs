namespace OmsServerless.Domain.Tests.Orders;

/// <summary>Fixed instants for order tests: each step of a scenario happens a minute after the previous one.</summary>
public static class OrderClock
{
    public static readonly DateTimeOffset PlacedAt = new(2026, 11, 20, 18, 30, 0, TimeSpan.Zero);

    public static DateTimeOffset Minute(int minutes) => PlacedAt.AddMinutes(minutes);
}
