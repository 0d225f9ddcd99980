using System.Collections.Concurrent;
using Azure.Core;
using Azure.Core.Pipeline;
using Microsoft.Azure.Cosmos;

namespace OmsServerless.DevHost.Diagnostics;

/// <summary>
/// Counts the requests the DevHost sends to each storage service, split by who sends them (the application's own
/// adapters, or the Durable Task backend keeping orchestration state), so a measurement can say what one order costs.
/// </summary>
public sealed class StorageOperationCounter
{
    private readonly ConcurrentDictionary<string, long> _counts = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, long> Snapshot() =>
        _counts.OrderBy(c => c.Key, StringComparer.Ordinal).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);

    /// <summary>A pipeline policy for Azure SDK clients (Tables, Blobs, Queues) that counts under "{owner}.{service}".</summary>
    public HttpPipelinePolicy Policy(string owner, string service) => new CountingPolicy(this, $"{owner}.{service}");

    /// <summary>A Cosmos client handler that counts under "{owner}.cosmos".</summary>
    public RequestHandler CosmosHandler(string owner) => new CountingCosmosHandler(this, $"{owner}.cosmos");

    private void Count(string key) => _counts.AddOrUpdate(key, 1, (_, count) => count + 1);

    private sealed class CountingPolicy(StorageOperationCounter counter, string key) : HttpPipelineSynchronousPolicy
    {
        public override void OnSendingRequest(HttpMessage message) => counter.Count(key);
    }

    private sealed class CountingCosmosHandler(StorageOperationCounter counter, string key) : RequestHandler
    {
        public override Task<ResponseMessage> SendAsync(RequestMessage request, CancellationToken cancellationToken)
        {
            counter.Count(key);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
