using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using OmsServerless.Domain.Fulfillment;

namespace OmsServerless.Storage.Fulfillment;

/// <summary>A fulfillment order row; the same document is written under its node and under its order.</summary>
internal sealed class FulfillmentOrderEntity : ITableEntity
{
    public const string OrderPartitionPrefix = "order|";

    public string PartitionKey { get; set; } = string.Empty;

    public string RowKey { get; set; } = string.Empty;

    public DateTimeOffset? Timestamp { get; set; }

    public ETag ETag { get; set; }

    public string Status { get; set; } = string.Empty;

    public DateTimeOffset ReleasedAt { get; set; }

    public string Document { get; set; } = string.Empty;

    public static FulfillmentOrderEntity For(string partition, FulfillmentOrder order, JsonSerializerOptions json) => new()
    {
        PartitionKey = partition,
        RowKey = order.FulfillmentOrderId,
        Status = order.Status.ToString(),
        ReleasedAt = order.ReleasedAt,
        Document = JsonSerializer.Serialize(order, json),
    };

    public FulfillmentOrder ToOrder(JsonSerializerOptions json) =>
        JsonSerializer.Deserialize<FulfillmentOrder>(Document, json) ?? throw new InvalidDataException($"Fulfillment order row {RowKey} is empty.");
}
