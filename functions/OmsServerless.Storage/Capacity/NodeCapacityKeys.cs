using System.Globalization;
using OmsServerless.Storage.Tables;

namespace OmsServerless.Storage.Capacity;

/// <summary>
/// Keys of the node capacity table: one partition per work day, holding a counter row per node ("n|…") and a claim
/// row per fulfillment order counted that day ("f|…"), so a claim and its counter change in one transaction.
/// </summary>
internal static class NodeCapacityKeys
{
    public const string CounterPrefix = "n|";

    /// <summary>The character after '|', closing the counter rows.</summary>
    public const string CountersEnd = "n}";

    public static string Day(DateOnly workDay) => workDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Counter(string nodeId) => CounterPrefix + TableKey.Escape(nodeId);

    public static string Claim(string nodeId, string fulfillmentOrderId) => $"f|{TableKey.Escape(nodeId)}|{TableKey.Escape(fulfillmentOrderId)}";
}
