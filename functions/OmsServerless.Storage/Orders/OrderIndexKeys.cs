using System.Globalization;
using OmsServerless.Domain.Orders;
using OmsServerless.Storage.Tables;

namespace OmsServerless.Storage.Orders;

/// <summary>
/// Keys of the order index table. Customer partitions hold the customer's list rows ("l|…", newest first) and one
/// pointer row per order ("o|…"), so a pointer and its list row change in one transaction. Status partitions sort by
/// placement, oldest first (the customer who has waited longest comes first); day partitions by placement, newest
/// first. An order's row key is the same in every status partition, so returning to a status reuses its row.
/// </summary>
internal static class OrderIndexKeys
{
    public const string CustomerRowsStart = "l|";

    /// <summary>The character after '|', closing the customer's list rows.</summary>
    public const string CustomerRowsEnd = "l}";

    public static string CustomerPartition(string customerId) => "c|" + TableKey.Escape(customerId);

    public static string Pointer(string orderId) => "o|" + TableKey.Escape(orderId);

    public static string CustomerRow(DateTimeOffset createdAt, string orderId) =>
        $"{CustomerRowsStart}{NewestFirst(createdAt)}|{TableKey.Escape(orderId)}";

    public static string StatusPartition(OrderStatus status) => "s|" + status;

    public static string StatusRow(DateTimeOffset createdAt, string orderId) =>
        $"{createdAt.UtcTicks.ToString("D19", CultureInfo.InvariantCulture)}|{TableKey.Escape(orderId)}";

    public static string DayPartition(DateOnly day) => "d|" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string DayRow(DateTimeOffset createdAt, string orderId) => $"{NewestFirst(createdAt)}|{TableKey.Escape(orderId)}";

    private static string NewestFirst(DateTimeOffset instant) =>
        (DateTimeOffset.MaxValue.UtcTicks - instant.UtcTicks).ToString("D19", CultureInfo.InvariantCulture);
}
