using Azure;
using Azure.Storage.Blobs;
using OmsServerless.Domain.Sourcing;
using OmsServerless.Domain.Sourcing.Decisions;

namespace OmsServerless.Storage.Routing;

/// <summary>Routing decisions as JSON blobs: "{orderId}/{round}.json" in the routing-decisions container.</summary>
public sealed class BlobRoutingDecisionStore(OmsBlobContainers blobs) : IRoutingDecisionStore
{
    private readonly BlobContainerClient _container = (blobs ?? throw new ArgumentNullException(nameof(blobs))).Get(OmsBlobContainers.RoutingDecisions);

    public async Task<string> SaveAsync(string orderId, int round, SourcingDecision decision, CancellationToken cancellationToken)
    {
        string reference = $"{orderId}/{round}.json";
        await _container.GetBlobClient(reference).UploadAsync(
            BinaryData.FromObjectAsJson(decision, SourcingJson.Options), overwrite: true, cancellationToken);
        return reference;
    }

    public async Task<SourcingDecision?> GetAsync(string reference, CancellationToken cancellationToken)
    {
        try
        {
            BinaryData content = (await _container.GetBlobClient(reference).DownloadContentAsync(cancellationToken)).Value.Content;
            return content.ToObjectFromJson<SourcingDecision>(SourcingJson.Options);
        }
        catch (RequestFailedException missing) when (missing.Status == 404)
        {
            return null;
        }
    }
}
