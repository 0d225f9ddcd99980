using System.Globalization;
using Azure.Data.Tables;
using OmsServerless.Domain.Fraud;
using OmsServerless.Storage.Tables;

namespace OmsServerless.Storage.Fraud;

/// <summary>
/// Fraud history on Azure Tables: each order is written once per dimension it has (customer, card fingerprint,
/// shipping address key), and an observation is one range scan of each dimension value's partition, run side by side.
/// A velocity window of H hours before an order placed at T holds the orders placed from T − H (inclusive) until T
/// (exclusive: "before" the order, so orders placed at the very same instant do not count each other), never the order
/// itself. Amounts are summed as recorded, whatever their currency.
/// </summary>
public sealed class TableFraudHistory : IFraudHistory
{
    private readonly TableClient _table;

    public TableFraudHistory(OmsTables tables)
    {
        ArgumentNullException.ThrowIfNull(tables);
        _table = tables.Get(OmsTableNames.FraudHistory);
    }

    public Task RecordAsync(
        string orderId, DateTimeOffset placedAt, decimal amount, string customerId, string? cardFingerprint,
        string? shippingAddressKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(orderId);
        ArgumentException.ThrowIfNullOrEmpty(customerId);
        return Task.WhenAll(DimensionsOf(customerId, cardFingerprint, shippingAddressKey).Select(dimension =>
            _table.UpsertEntityAsync(
                new VelocityEntity
                {
                    PartitionKey = FraudHistoryKeys.Partition(dimension.Dimension, dimension.Value),
                    RowKey = FraudHistoryKeys.Row(placedAt, orderId),
                    OrderId = orderId,
                    PlacedAt = placedAt,
                    Amount = amount.ToString(CultureInfo.InvariantCulture),
                },
                TableUpdateMode.Replace,
                cancellationToken)));
    }

    public async Task<FraudHistoryObservation> ObserveAsync(
        string orderId, DateTimeOffset placedAt, string customerId, string? cardFingerprint, string? shippingAddressKey,
        IReadOnlyCollection<VelocityWindow> windows, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(customerId);
        ArgumentNullException.ThrowIfNull(windows);
        Dictionary<VelocityDimension, string> values = DimensionsOf(customerId, cardFingerprint, shippingAddressKey)
            .ToDictionary(dimension => dimension.Dimension, dimension => dimension.Value);

        // The customer's partition is read whole (up to the order) because their first order and order count need it;
        // its windows are counted from the same rows. Every other dimension is read as far back as its widest window.
        Task<IReadOnlyList<VelocityEntity>> customerRows = ScanAsync(VelocityDimension.Customer, customerId, since: null, placedAt, orderId, cancellationToken);
        Dictionary<VelocityDimension, Task<IReadOnlyList<VelocityEntity>>> seen = windows
            .GroupBy(window => window.Dimension)
            .ToDictionary(
                dimension => dimension.Key,
                dimension => dimension.Key == VelocityDimension.Customer ? customerRows
                    : values.TryGetValue(dimension.Key, out string? value)
                        ? ScanAsync(dimension.Key, value, placedAt.AddHours(-dimension.Max(window => window.WindowHours)), placedAt, orderId, cancellationToken)
                        : Task.FromResult<IReadOnlyList<VelocityEntity>>([]));
        await Task.WhenAll([customerRows, .. seen.Values]);

        IReadOnlyList<VelocityEntity> prior = customerRows.Result;
        return new FraudHistoryObservation(
            new CustomerHistory(prior.Count > 0 ? prior[0].PlacedAt : null, prior.Count),
            [
                .. windows.Select(window =>
                {
                    DateTimeOffset from = placedAt.AddHours(-window.WindowHours);
                    VelocityEntity[] inWindow = [.. seen[window.Dimension].Result.Where(row => row.PlacedAt >= from)];
                    return new VelocityObservation(
                        window.Dimension,
                        window.WindowHours,
                        inWindow.Length,
                        inWindow.Sum(row => decimal.Parse(row.Amount, CultureInfo.InvariantCulture)));
                }),
            ]);
    }

    /// <summary>
    /// One dimension value's orders placed from <paramref name="since"/> (the beginning when null) until just before
    /// <paramref name="placedAt"/>, oldest first, without <paramref name="orderId"/>.
    /// </summary>
    private async Task<IReadOnlyList<VelocityEntity>> ScanAsync(
        VelocityDimension dimension, string value, DateTimeOffset? since, DateTimeOffset placedAt, string orderId, CancellationToken cancellationToken)
    {
        string partition = FraudHistoryKeys.Partition(dimension, value);
        string until = FraudHistoryKeys.Instant(placedAt.UtcTicks);
        string filter = since is { } from
            ? TableClient.CreateQueryFilter(
                $"PartitionKey eq {partition} and RowKey ge {FraudHistoryKeys.Instant(from.UtcTicks)} and RowKey lt {until}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey lt {until}");
        var rows = new List<VelocityEntity>();
        await foreach (VelocityEntity row in _table.QueryAsync<VelocityEntity>(
            filter, select: [nameof(VelocityEntity.OrderId), nameof(VelocityEntity.PlacedAt), nameof(VelocityEntity.Amount)], cancellationToken: cancellationToken))
        {
            if (row.OrderId != orderId)
            {
                rows.Add(row);
            }
        }

        return rows;
    }

    private static IEnumerable<(VelocityDimension Dimension, string Value)> DimensionsOf(
        string customerId, string? cardFingerprint, string? shippingAddressKey)
    {
        yield return (VelocityDimension.Customer, customerId);
        if (!string.IsNullOrEmpty(cardFingerprint))
        {
            yield return (VelocityDimension.CardFingerprint, cardFingerprint);
        }

        if (!string.IsNullOrEmpty(shippingAddressKey))
        {
            yield return (VelocityDimension.ShippingAddress, shippingAddressKey);
        }
    }
}
