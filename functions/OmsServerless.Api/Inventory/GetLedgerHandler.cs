using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using OmsServerless.Api.Http;
using OmsServerless.Api.Inventory.Contracts;
using OmsServerless.Api.Problems;
using OmsServerless.Api.Security;
using OmsServerless.Domain.Catalog;
using OmsServerless.Domain.Inventory;
using OmsServerless.Domain.Network;

namespace OmsServerless.Api.Inventory;

/// <summary>GET inventory/{sku}/nodes/{nodeId}/ledger?pageSize=&amp;continuationToken=: the audit trail, newest first.</summary>
public sealed class GetLedgerHandler(
    ApiPipeline pipeline, IInventoryStore inventory, IProductCatalog catalog, INodeDirectory nodes, IOptions<ApiOptions> options)
{
    private const int DefaultPageSize = 50;
    private readonly int _maxPageSize = (options ?? throw new ArgumentNullException(nameof(options))).Value.MaxPageSize;

    public static AccessPolicy Access { get; } = AccessPolicy.For(ApiRole.Wms, ApiRole.Operations, ApiRole.StoreAssociate);

    public Task<IResult> HandleAsync(HttpRequest request, string sku, string nodeId) =>
        pipeline.RunAsync(request, Access, async (caller, cancellationToken) =>
        {
            if (caller.StoreId is not null && !string.Equals(caller.StoreId, nodeId, StringComparison.Ordinal))
            {
                throw new ApiProblemException(ProblemType.Forbidden, $"This key may only read the ledger of {caller.StoreId}.");
            }

            int pageSize = ApiRequest.QueryInt(request, "pageSize") ?? DefaultPageSize;
            if (pageSize < 1 || pageSize > _maxPageSize)
            {
                throw ApiProblemException.Field(ProblemType.ValidationFailed, "pageSize", $"must be between 1 and {_maxPageSize}.");
            }

            if (!Identifiers.IsValid(sku) || await catalog.FindAsync(sku, cancellationToken) is null)
            {
                throw new ApiProblemException(ProblemType.SkuNotFound, $"SKU '{sku}' is not in the catalog.");
            }

            if (!Identifiers.IsValid(nodeId) || !(await nodes.GetNetworkAsync(cancellationToken)).ById.ContainsKey(nodeId))
            {
                throw new ApiProblemException(ProblemType.NodeNotFound, $"Node '{nodeId}' is not in the network.");
            }

            string? token = ContinuationToken.Decode(request.Query["continuationToken"]);
            LedgerPage page = await inventory.GetLedgerAsync(sku, nodeId, pageSize, token, cancellationToken);
            return Results.Json(
                new LedgerResponse(sku, nodeId, page.Entries.Select(LedgerEntryResponse.From).ToList(), ContinuationToken.Encode(page.ContinuationToken)),
                ApiJson.Options);
        });
}
