using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using OmsServerless.Api.Http;
using OmsServerless.Api.Orders.Contracts;
using OmsServerless.Api.Problems;
using OmsServerless.Api.Security;
using OmsServerless.Domain.Orders;

namespace OmsServerless.Api.Orders;

/// <summary>GET customers/{customerId}/orders?pageSize=&amp;continuationToken=: a customer's orders, newest first.</summary>
public sealed class ListCustomerOrdersHandler(ApiPipeline pipeline, IOrderIndex index, IOptions<ApiOptions> options)
{
    private const int DefaultPageSize = 20;
    private readonly int _maxPageSize = (options ?? throw new ArgumentNullException(nameof(options))).Value.MaxPageSize;

    public static AccessPolicy Access { get; } = AccessPolicy.For(ApiRole.Storefront, ApiRole.CallCenter, ApiRole.Operations);

    public Task<IResult> HandleAsync(HttpRequest request, string customerId) =>
        pipeline.RunAsync(request, Access, async (_, cancellationToken) =>
        {
            if (string.IsNullOrWhiteSpace(customerId) || customerId.Length > 128)
            {
                throw ApiProblemException.Field(ProblemType.ValidationFailed, "customerId", "must be 1-128 characters.");
            }

            int pageSize = ApiRequest.QueryInt(request, "pageSize") ?? DefaultPageSize;
            if (pageSize < 1 || pageSize > _maxPageSize)
            {
                throw ApiProblemException.Field(ProblemType.ValidationFailed, "pageSize", $"must be between 1 and {_maxPageSize}.");
            }

            OrderSummaryPage page = await index.ListByCustomerAsync(
                customerId, pageSize, ContinuationToken.Decode(request.Query["continuationToken"]), cancellationToken);
            return Results.Json(new CustomerOrdersResponse(customerId, page.Orders, ContinuationToken.Encode(page.ContinuationToken)), ApiJson.Options);
        });
}
