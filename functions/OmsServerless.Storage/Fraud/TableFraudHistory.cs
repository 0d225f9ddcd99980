using System.Globalization;
using Azure.Data.Tables;
using OmsServerless.Domain.Fraud;
using OmsServerless.Storage.Tables;

namespace OmsServerless.Storage.Fraud;

/// <summary>
/// Fraud history on Azure Tables: each order is written once per dimension it has (customer, card fingerprint,
/// shipping address key), and every question is a range scan of one dimension value's partition. A velocity window of
/// H hours before an order placed at T holds the orders placed from T − H (inclusive) until T (exclusive: "before"
/// the order, so orders placed at the very same instant do not count each other), never the order itself. Amounts are
/// summed as recorded, whatever their currency.
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

    public async Task<IReadOnlyList<VelocityObservation>> ObserveAsync(
        string orderId, DateTimeOffset placedAt, string customerId, string? cardFingerprint, string? shippingAddressKey,
        IReadOnlyCollection<VelocityWindow> windows, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(windows);
        Dictionary<VelocityDimension, string> values = DimensionsOf(customerId, cardFingerprint, shippingAddressKey)
            .ToDictionary(dimension => dimension.Dimension, dimension => dimension.Value);

        // One scan per dimension, as wide as its widest window; the narrower windows are counted from the same rows.
        var seen = new Dictionary<VelocityDimension, IReadOnlyList<VelocityEntity>>();
        foreach (IGrouping<VelocityDimension, VelocityWindow> dimension in windows.GroupBy(window => window.Dimension))
        {
            seen[dimension.Key] = values.TryGetValue(dimension.Key, out string? value)
                ? await ScanAsync(dimension.Key, value, placedAt, dimension.Max(window => window.WindowHours), orderId, cancellationToken)
                : [];
        }

        return
        [
            .. windows.Select(window =>
            {
                DateTimeOffset from = placedAt.AddHours(-window.WindowHours);
                VelocityEntity[] inWindow = [.. seen[window.Dimension].Where(row => row.PlacedAt >= from)];
                return new VelocityObservation(
                    window.Dimension,
                    window.WindowHours,
                    inWindow.Length,
                    inWindow.Sum(row => decimal.Parse(row.Amount, CultureInfo.InvariantCulture)));
            }),
        ];
    }

    /// <summary>
    /// The customer's recorded orders other than <paramref name="excludingOrderId"/>: when that order is recorded too,
    /// only those placed before it count, so re-screening an old order does not see the orders that followed.
    /// </summary>
    public async Task<CustomerHistory> GetCustomerHistoryAsync(string customerId, string excludingOrderId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(customerId);
        string filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {FraudHistoryKeys.Partition(VelocityDimension.Customer, customerId)}");
        var others = new List<VelocityEntity>();
        DateTimeOffset? excludedPlacedAt = null;
        await foreach (VelocityEntity row in _table.QueryAsync<VelocityEntity>(
            filter, select: [nameof(VelocityEntity.OrderId), nameof(VelocityEntity.PlacedAt)], cancellationToken: cancellationToken))
        {
            if (row.OrderId == excludingOrderId)
            {
                excludedPlacedAt = row.PlacedAt;
            }
            else
            {
                others.Add(row);
            }
        }

        // Rows arrive in placement order, so the first one left is the customer's first order.
        VelocityEntity[] prior = [.. others.Where(row => excludedPlacedAt is null || row.PlacedAt < excludedPlacedAt)];
        return new CustomerHistory(prior.Length > 0 ? prior[0].PlacedAt : null, prior.Length);
    }

    private async Task<IReadOnlyList<VelocityEntity>> ScanAsync(
        VelocityDimension dimension, string value, DateTimeOffset placedAt, int windowHours, string orderId, CancellationToken cancellationToken)
    {
        string from = FraudHistoryKeys.Instant(placedAt.AddHours(-windowHours).UtcTicks);
        string until = FraudHistoryKeys.Instant(placedAt.UtcTicks);
        string filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {FraudHistoryKeys.Partition(dimension, value)} and RowKey ge {from} and RowKey lt {until}");
        var rows = new List<VelocityEntity>();
        await foreach (VelocityEntity row in _table.QueryAsync<VelocityEntity>(filter, cancellationToken: cancellationToken))
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
