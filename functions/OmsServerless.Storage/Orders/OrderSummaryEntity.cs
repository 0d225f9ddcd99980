using System.Globalization;
using Azure;
using Azure.Data.Tables;
using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Orders;

namespace OmsServerless.Storage.Orders;

/// <summary>
/// One row of an order list (customer, status or day), carrying the whole summary so a page is one query. Every row
/// remembers the order <see cref="Version"/> it shows, so a late write of an older version can see it is late. A
/// status row the order has left stays behind as a <see cref="Removed"/> marker for the same reason.
/// </summary>
internal sealed class OrderSummaryEntity : ITableEntity
{
    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public long Version { get; set; }

    public bool Removed { get; set; }

    public string OrderId { get; set; } = string.Empty;

    public string CustomerId { get; set; } = string.Empty;

    public string Channel { get; set; } = string.Empty;

    public string Status { get; set; } = string.Empty;

    /// <summary>Invariant-culture decimal: Table Storage has no decimal type and a double would round money.</summary>
    public string Total { get; set; } = "0";

    public string Currency { get; set; } = string.Empty;

    public int LineCount { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>
    /// The row for <paramref name="order"/>. Total is what its active lines are worth (cancelled and unfillable lines
    /// left out, as <see cref="Order.TotalAmount"/>); the line count is every line ordered.
    /// </summary>
    public static OrderSummaryEntity From(OrderSnapshot order, DateTimeOffset updatedAt, string partitionKey, string rowKey) => new()
    {
        PartitionKey = partitionKey,
        RowKey = rowKey,
        Version = order.Version,
        OrderId = order.OrderId,
        CustomerId = order.CustomerId,
        Channel = order.Channel.ToString(),
        Status = order.Status.ToString(),
        Total = order.Lines.Where(line => line.IsActive).Sum(line => line.LineTotal).ToString(CultureInfo.InvariantCulture),
        Currency = order.Currency,
        LineCount = order.Lines.Count,
        CreatedAt = order.CreatedAt,
        UpdatedAt = updatedAt,
    };

    /// <summary>A marker that the order, at <paramref name="version"/>, is no longer in the status list this row belongs to.</summary>
    public static OrderSummaryEntity Tombstone(IndexedStatusRow row, long version) => new()
    {
        PartitionKey = row.Partition,
        RowKey = row.RowKey,
        Version = version,
        Removed = true,
    };

    public OrderSummary ToSummary() => new(
        OrderId,
        CustomerId,
        Enum.Parse<SalesChannel>(Channel),
        Enum.Parse<OrderStatus>(Status),
        decimal.Parse(Total, CultureInfo.InvariantCulture),
        Currency,
        LineCount,
        CreatedAt,
        UpdatedAt);
}
