using System.Globalization;
using OmsServerless.Domain.Fraud;
using OmsServerless.Storage.Tables;

namespace OmsServerless.Storage.Fraud;

/// <summary>Keys of the fraud history table: a partition per dimension value, rows sorted by the instant an order was placed.</summary>
internal static class FraudHistoryKeys
{
    public static string Partition(VelocityDimension dimension, string value) => $"{dimension}|{TableKey.Escape(value)}";

    public static string Row(DateTimeOffset placedAt, string orderId) => $"{Instant(placedAt.UtcTicks)}|{TableKey.Escape(orderId)}";

    /// <summary>Row keys from this value on were placed at or after <paramref name="ticks"/>.</summary>
    public static string Instant(long ticks) => ticks.ToString("D19", CultureInfo.InvariantCulture);
}
