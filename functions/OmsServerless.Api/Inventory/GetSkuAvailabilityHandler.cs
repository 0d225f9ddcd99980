using Microsoft.AspNetCore.Http;
using OmsServerless.Api.Http;
using OmsServerless.Api.Inventory.Contracts;
using OmsServerless.Api.Problems;
using OmsServerless.Api.Security;
using OmsServerless.Domain.Availability;
using OmsServerless.Domain.Catalog;
using OmsServerless.Domain.Fulfillment;

namespace OmsServerless.Api.Inventory;

/// <summary>GET inventory/{sku}: network ATP of a SKU for the caller's channel, with the per-node breakdown.</summary>
public sealed class GetSkuAvailabilityHandler(ApiPipeline pipeline, AvailabilityReader reader, IProductCatalog catalog)
{
    public static AccessPolicy Access { get; } = AccessPolicy.AnyCaller;

    public Task<IResult> HandleAsync(HttpRequest request, string sku) =>
        pipeline.RunAsync(request, Access, async (caller, cancellationToken) =>
        {
            if (!Identifiers.IsValid(sku))
            {
                throw ApiProblemException.Field(ProblemType.ValidationFailed, "sku", Identifiers.Rule + ".");
            }

            SalesChannel channel = ChannelResolver.Resolve(caller, request.Query["channel"]);
            SkuAvailability availability = await reader.ForSkuAsync(sku, channel, cancellationToken)
                ?? throw new ApiProblemException(ProblemType.SkuNotFound, $"SKU '{sku}' is not in the catalog.");
            Product? product = await catalog.FindAsync(sku, cancellationToken);
            return Results.Json(SkuAvailabilityResponse.From(availability, product?.Name, channel), ApiJson.Options);
        });
}
