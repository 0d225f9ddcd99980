using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using OmsServerless.Domain.Fulfillment;
using OmsServerless.Storage.Tables;

namespace OmsServerless.Storage.Fulfillment;

/// <summary>
/// Fulfillment orders on Azure Tables, twice: partitioned by node (the node's work queue, one range scan) and by
/// order (the order's shipments). The node row is written first; both writes are idempotent upserts, so a retried
/// save completes whatever an interrupted one left.
/// </summary>
public sealed class TableFulfillmentOrderStore(OmsTables tables) : IFulfillmentOrderStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly TableClient _table = (tables ?? throw new ArgumentNullException(nameof(tables))).Get(OmsTableNames.FulfillmentOrders);

    public async Task SaveAsync(FulfillmentOrder fulfillmentOrder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(fulfillmentOrder);
        await _table.UpsertEntityAsync(FulfillmentOrderEntity.For(fulfillmentOrder.NodeId, fulfillmentOrder, Json), TableUpdateMode.Replace, cancellationToken);
        await _table.UpsertEntityAsync(
            FulfillmentOrderEntity.For(FulfillmentOrderEntity.OrderPartitionPrefix + fulfillmentOrder.OrderId, fulfillmentOrder, Json),
            TableUpdateMode.Replace,
            cancellationToken);
    }

    public async Task<FulfillmentOrder?> FindAsync(string orderId, string fulfillmentOrderId, CancellationToken cancellationToken)
    {
        NullableResponse<FulfillmentOrderEntity> row = await _table.GetEntityIfExistsAsync<FulfillmentOrderEntity>(
            FulfillmentOrderEntity.OrderPartitionPrefix + orderId, fulfillmentOrderId, cancellationToken: cancellationToken);
        return row.HasValue ? row.Value!.ToOrder(Json) : null;
    }

    public Task<IReadOnlyList<FulfillmentOrder>> ListByOrderAsync(string orderId, CancellationToken cancellationToken) =>
        QueryAsync(TableClient.CreateQueryFilter($"PartitionKey eq {FulfillmentOrderEntity.OrderPartitionPrefix + orderId}"), cancellationToken);

    public Task<IReadOnlyList<FulfillmentOrder>> ListByNodeAsync(string nodeId, FulfillmentOrderStatus? status, CancellationToken cancellationToken) =>
        QueryAsync(
            status is null
                ? TableClient.CreateQueryFilter($"PartitionKey eq {nodeId}")
                : TableClient.CreateQueryFilter($"PartitionKey eq {nodeId} and Status eq {status.Value.ToString()}"),
            cancellationToken);

    private async Task<IReadOnlyList<FulfillmentOrder>> QueryAsync(string filter, CancellationToken cancellationToken)
    {
        var orders = new List<FulfillmentOrder>();
        await foreach (FulfillmentOrderEntity entity in _table.QueryAsync<FulfillmentOrderEntity>(filter, cancellationToken: cancellationToken))
        {
            orders.Add(entity.ToOrder(Json));
        }

        return [.. orders.OrderBy(o => o.ReleasedAt).ThenBy(o => o.FulfillmentOrderId, StringComparer.Ordinal)];
    }
}
