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

    public Task<IReadOnlyList<VelocityObservation>> ObserveAsync(string orderId, DateTimeOffset placedAt, string customerId,
        string? cardFingerprint, string? shippingAddressKey, IReadOnlyCollection<VelocityWindow> windows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(windows);
        IReadOnlyList<VelocityObservation> observations = [.. windows.Select(window =>
        {
            Func<Entry, bool> sameDimension = window.Dimension switch
            {
                VelocityDimension.Customer => e => e.CustomerId == customerId,
                VelocityDimension.CardFingerprint => e => cardFingerprint is not null && e.Card == cardFingerprint,
                _ => e => shippingAddressKey is not null && e.Address == shippingAddressKey,
            };
            Entry[] inWindow = [.. _orders.Where(o => o.Key != orderId).Select(o => o.Value)
                .Where(e => e.PlacedAt < placedAt && e.PlacedAt >= placedAt.AddHours(-window.WindowHours) && sameDimension(e))];
            return new VelocityObservation(window.Dimension, window.WindowHours, inWindow.Length, inWindow.Sum(e => e.Amount));
        })];
        return Task.FromResult(observations);
    }

    public Task<CustomerHistory> GetCustomerHistoryAsync(string customerId, string excludingOrderId, CancellationToken cancellationToken)
    {
        Entry[] prior = [.. _orders.Where(o => o.Key != excludingOrderId && o.Value.CustomerId == customerId).Select(o => o.Value)];
        return Task.FromResult(new CustomerHistory(prior.Length == 0 ? null : prior.Min(e => e.PlacedAt), prior.Length));
    }

    private sealed record Entry(DateTimeOffset PlacedAt, decimal Amount, string CustomerId, string? Card, string? Address);
}
