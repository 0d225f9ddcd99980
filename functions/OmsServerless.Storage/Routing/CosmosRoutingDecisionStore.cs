using System.Net;
using System.Text.Json;
using Microsoft.Azure.Cosmos;
using OmsServerless.Domain.Sourcing;
using OmsServerless.Domain.Sourcing.Decisions;
using OmsServerless.Storage.Cosmos;

namespace OmsServerless.Storage.Routing;

/// <summary>
/// Routing decisions in the Cosmos container "routing-decisions", one document per order and sourcing round, its id
/// "{orderId}:{round}" also the reference the order keeps. A decision is written once per round and read when someone
/// looks at the order, both point operations. Blob Storage held them before: on Azurite a blob upload cost about five
/// times the processor time of a Cosmos emulator write of the same JSON.
/// </summary>
public sealed class CosmosRoutingDecisionStore : IRoutingDecisionStore
{
    private const string DecisionProperty = "decision";

    private readonly Container _container;

    public CosmosRoutingDecisionStore(OmsContainers containers)
    {
        ArgumentNullException.ThrowIfNull(containers);
        _container = containers.Get(OmsContainers.RoutingDecisions);
    }

    public async Task<string> SaveAsync(string orderId, int round, SourcingDecision decision, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(orderId);
        ArgumentOutOfRangeException.ThrowIfLessThan(round, 1);
        ArgumentNullException.ThrowIfNull(decision);
        string reference = $"{orderId}:{round}";
        using var document = new MemoryStream();
        await using (var writer = new Utf8JsonWriter(document))
        {
            writer.WriteStartObject();
            writer.WriteString("id", reference);
            writer.WriteString("orderId", orderId);
            writer.WriteNumber("round", round);
            writer.WritePropertyName(DecisionProperty);
            JsonSerializer.Serialize(writer, decision, SourcingJson.Options);
            writer.WriteEndObject();
        }

        document.Position = 0;

        // A retried activity recomputes the same round; the upsert makes its second write replace the first.
        using ResponseMessage response = await _container.UpsertItemStreamAsync(
            document, new PartitionKey(reference), new ItemRequestOptions { EnableContentResponseOnWrite = false }, cancellationToken);
        response.EnsureSuccessStatusCode();
        return reference;
    }

    public async Task<SourcingDecision?> GetAsync(string reference, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(reference);

        // Orders routed while decisions were blobs keep "{orderId}/{round}.json", which no document id can be.
        if (reference.Contains('/', StringComparison.Ordinal))
        {
            return null;
        }

        using ResponseMessage response = await _container.ReadItemStreamAsync(reference, new PartitionKey(reference), cancellationToken: cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        using JsonDocument document = await JsonDocument.ParseAsync(response.Content, cancellationToken: cancellationToken);
        return document.RootElement.GetProperty(DecisionProperty).Deserialize<SourcingDecision>(SourcingJson.Options);
    }
}
