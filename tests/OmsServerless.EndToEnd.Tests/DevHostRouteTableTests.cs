using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OmsServerless.Api.Routing;

namespace OmsServerless.EndToEnd.Tests;

[Collection(DevHostCollection.Name)]
public sealed class DevHostRouteTableTests(DevHostFixture devHost)
{
    [Fact]
    public void The_devhost_serves_every_api_operation_on_its_route_and_method()
    {
        var mapped = devHost.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IEndpointNameMetadata>() is not null)
            .Select(e => (
                Name: e.Metadata.GetMetadata<IEndpointNameMetadata>()!.EndpointName,
                Route: e.RoutePattern.RawText!.TrimStart('/'),
                Method: e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Single()))
            .OrderBy(e => e.Name, StringComparer.Ordinal)
            .ToList();

        var expected = ApiEndpoints.All
            .Select(e => (e.Name, Route: $"{ApiRoutes.Prefix}/{e.Route}", e.Method))
            .OrderBy(e => e.Name, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, mapped);
    }

    [Fact]
    public async Task The_openapi_document_describes_every_operation_without_a_key()
    {
        JsonElement document = await devHost.ClientWithKey(null).GetFromJsonAsync<JsonElement>("/api/openapi.json");

        string[] operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => op.Value.GetProperty("operationId").GetString()!))
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(ApiEndpoints.All.Select(e => e.Name).Order(StringComparer.Ordinal), operations);
        JsonElement movement = document.GetProperty("paths").GetProperty("/api/inventory/adjustments").GetProperty("post");
        Assert.True(movement.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("properties").TryGetProperty("movementId", out _));
        Assert.True(movement.GetProperty("responses").TryGetProperty("409", out _));
    }
}
