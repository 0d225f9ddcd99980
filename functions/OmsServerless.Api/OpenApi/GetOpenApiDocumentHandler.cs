using Microsoft.AspNetCore.Http;

namespace OmsServerless.Api.OpenApi;

/// <summary>GET openapi.json: the OpenAPI document, without a key so tools and developers can fetch it.</summary>
public sealed class GetOpenApiDocumentHandler
{
    private static readonly Lazy<string> Document = new(() => OpenApiDocumentBuilder.Build().ToJsonString());

    public Task<IResult> HandleAsync(HttpRequest request) =>
        Task.FromResult(Results.Text(Document.Value, "application/json"));
}
