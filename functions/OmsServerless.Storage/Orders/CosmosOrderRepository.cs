using System.Net;
using Microsoft.Azure.Cosmos;
using OmsServerless.Domain.Orders;
using OmsServerless.Storage.Cosmos;

namespace OmsServerless.Storage.Orders;

/// <summary>
/// Order documents in the Cosmos container "orders" (partition key /id = the order id): point reads and writes only,
/// guarded by the document's ETag. It reads and writes streams with <see cref="OrderDocument"/>, so the document
/// format does not depend on how the shared <see cref="CosmosClient"/> is configured.
/// </summary>
public sealed class CosmosOrderRepository : IOrderRepository
{
    private readonly Container _container;

    public CosmosOrderRepository(OmsContainers containers)
    {
        ArgumentNullException.ThrowIfNull(containers);
        _container = containers.Get(OmsContainers.Orders);
    }

    public async Task<StoredOrder?> FindAsync(string orderId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(orderId);
        using ResponseMessage response = await _container.ReadItemStreamAsync(
            orderId, new PartitionKey(orderId), cancellationToken: cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return new StoredOrder(await OrderDocument.ReadAsync(response.Content, cancellationToken), response.Headers.ETag);
    }

    public async Task<(StoredOrder Order, bool Created)> CreateAsync(OrderSnapshot order, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        using MemoryStream document = OrderDocument.Write(order);
        using ResponseMessage response = await _container.CreateItemStreamAsync(
            document, new PartitionKey(order.OrderId), new ItemRequestOptions { EnableContentResponseOnWrite = false }, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Conflict)
        {
            // Orders are never deleted, so the order that made the create conflict is there to be read.
            StoredOrder existing = await FindAsync(order.OrderId, cancellationToken)
                ?? throw new InvalidOperationException($"Order {order.OrderId} exists but could not be read.");
            return (existing, false);
        }

        response.EnsureSuccessStatusCode();
        return (new StoredOrder(order, response.Headers.ETag), true);
    }

    public async Task<StoredOrder> ReplaceAsync(OrderSnapshot order, string etag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(order);
        ArgumentException.ThrowIfNullOrEmpty(etag);
        using MemoryStream document = OrderDocument.Write(order);
        using ResponseMessage response = await _container.ReplaceItemStreamAsync(
            document,
            order.OrderId,
            new PartitionKey(order.OrderId),
            new ItemRequestOptions { IfMatchEtag = etag, EnableContentResponseOnWrite = false },
            cancellationToken);

        // A missing document cannot be "still at" the ETag either; the caller re-reads and finds nothing.
        if (response.StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.NotFound)
        {
            throw new OrderConcurrencyException(order.OrderId);
        }

        response.EnsureSuccessStatusCode();
        return new StoredOrder(order, response.Headers.ETag);
    }
}
