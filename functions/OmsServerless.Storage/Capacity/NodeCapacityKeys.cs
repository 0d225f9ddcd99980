using System.Globalization;
using OmsServerless.Storage.Tables;

namespace OmsServerless.Storage.Capacity;

/// <summary>
/// Keys of the node capacity table: one partition per work day, holding a node's counter rows ("n|node|shard") and
/// a claim row per fulfillment order counted that day ("f|…"), so a claim and its counter change in one transaction.
/// A busy node's releases spread over <see cref="CounterShards"/> counters, so concurrent releases rarely write the
/// same row; its usage is their sum.
/// </summary>
internal static class NodeCapacityKeys
{
    public const int CounterShards = 16;

    public const string CounterPrefix = "n|";

    /// <summary>The character after '|', closing the counter rows.</summary>
    public const string CountersEnd = "n}";

    public static string Day(DateOnly workDay) => workDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Counter(string nodeId, int shard) =>
        $"{CounterPrefix}{TableKey.Escape(nodeId)}|{shard.ToString(CultureInfo.InvariantCulture)}";

    public static string Claim(string nodeId, string fulfillmentOrderId) => $"f|{TableKey.Escape(nodeId)}|{TableKey.Escape(fulfillmentOrderId)}";
}
