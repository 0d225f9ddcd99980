using System.Collections.Concurrent;
using OmsServerless.Domain.Fraud;

namespace OmsServerless.Workflows.Tests.Doubles;

/// <summary>Velocity history in memory: one entry per order, counted per dimension and window.</summary>
public sealed class InMemoryFraudHistory : IFraudHistory
{
    private readonly ConcurrentDictionary<string, Entry> _orders = new(StringComparer.Ordinal);

    public Task RecordAsync(string orderId, DateTimeOffset placedAt, decimal amount, string customerId, string? cardFingerprint,
        string? shippingAddressKey, CancellationToken cancellationToken)
    {
        _orders.TryAdd(orderId, new Entry(placedAt, amount, customerId, cardFingerprint, shippingAddressKey));
        return Task.CompletedTask;
    }

    public Task<FraudHistoryObservation> ObserveAsync(string orderId, DateTimeOffset placedAt, string customerId,
        string? cardFingerprint, string? shippingAddressKey, IReadOnlyCollection<VelocityWindow> windows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(windows);
        Entry[] before = [.. _orders.Where(o => o.Key != orderId && o.Value.PlacedAt < placedAt).Select(o => o.Value)];
        Entry[] customer = [.. before.Where(e => e.CustomerId == customerId)];
        IReadOnlyList<VelocityObservation> velocity = [.. windows.Select(window =>
        {
            Func<Entry, bool> sameDimension = window.Dimension switch
            {
                VelocityDimension.Customer => e => e.CustomerId == customerId,
                VelocityDimension.CardFingerprint => e => cardFingerprint is not null && e.Card == cardFingerprint,
                _ => e => shippingAddressKey is not null && e.Address == shippingAddressKey,
            };
            Entry[] inWindow = [.. before.Where(e => e.PlacedAt >= placedAt.AddHours(-window.WindowHours) && sameDimension(e))];
            return new VelocityObservation(window.Dimension, window.WindowHours, inWindow.Length, inWindow.Sum(e => e.Amount));
        })];
        return Task.FromResult(new FraudHistoryObservation(
            new CustomerHistory(customer.Length == 0 ? null : customer.Min(e => e.PlacedAt), customer.Length), velocity));
    }

    private sealed record Entry(DateTimeOffset PlacedAt, decimal Amount, string CustomerId, string? Card, string? Address);
}
