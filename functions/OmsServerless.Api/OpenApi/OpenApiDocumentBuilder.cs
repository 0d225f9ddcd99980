using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using Microsoft.AspNetCore.Http;
using OmsServerless.Api.Http;
using OmsServerless.Api.Routing;
using OmsServerless.Api.Security;

namespace OmsServerless.Api.OpenApi;

/// <summary>
/// Builds the OpenAPI 3.1 document from the endpoint catalogue, with JSON Schemas exported from the very contract
/// types and serializer options the handlers use, so the document cannot drift from the wire format.
/// </summary>
public static class OpenApiDocumentBuilder
{
    public static JsonObject Build()
    {
        var paths = new JsonObject();
        foreach (IGrouping<string, ApiEndpoint> route in ApiEndpoints.All.GroupBy(e => e.Route, StringComparer.Ordinal))
        {
            var item = new JsonObject();
            foreach (ApiEndpoint endpoint in route)
            {
                item[endpoint.Method.ToLowerInvariant()] = Operation(endpoint);
            }

            paths[$"/{ApiRoutes.Prefix}/{route.Key}"] = item;
        }

        return new JsonObject
        {
            ["openapi"] = "3.1.0",
            ["info"] = new JsonObject
            {
                ["title"] = "OmsServerless API",
                ["version"] = typeof(OpenApiDocumentBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "1.0.0",
                ["description"] = "Distributed order management: real-time inventory, order capture, routing and fulfillment. " +
                                  "Errors are RFC 9457 problem+json with a stable 'type' URN.",
            },
            ["paths"] = paths,
            ["components"] = new JsonObject
            {
                ["securitySchemes"] = new JsonObject
                {
                    ["apiKey"] = new JsonObject { ["type"] = "apiKey", ["in"] = "header", ["name"] = ApiKeyAuthenticator.HeaderName },
                },
                ["schemas"] = new JsonObject { ["Problem"] = Schema(typeof(HttpValidationProblemDetails)) },
            },
        };
    }

    private static JsonObject Operation(ApiEndpoint endpoint)
    {
        var responses = new JsonObject
        {
            [endpoint.SuccessStatus.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new JsonObject
            {
                ["description"] = "Success.",
                ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = Schema(endpoint.Response) } },
            },
        };
        foreach (IGrouping<int, Problems.ProblemType> status in endpoint.Problems.GroupBy(p => p.Status).OrderBy(g => g.Key))
        {
            responses[status.Key.ToString(System.Globalization.CultureInfo.InvariantCulture)] = new JsonObject
            {
                ["description"] = string.Join(" | ", status.Select(p => $"{p.Uri}: {p.Title}")),
                ["content"] = new JsonObject
                {
                    ["application/problem+json"] = new JsonObject { ["schema"] = new JsonObject { ["$ref"] = "#/components/schemas/Problem" } },
                },
            };
        }

        var operation = new JsonObject
        {
            ["operationId"] = endpoint.Name,
            ["summary"] = endpoint.Summary,
            ["parameters"] = new JsonArray(endpoint.Parameters.Select(p => (JsonNode)new JsonObject
            {
                ["name"] = p.Name,
                ["in"] = p.In.ToString().ToLowerInvariant(),
                ["required"] = p.Required,
                ["description"] = p.Description,
                ["schema"] = new JsonObject { ["type"] = p.SchemaType },
            }).ToArray()),
            ["responses"] = responses,
        };

        if (endpoint.Access is not null)
        {
            operation["security"] = new JsonArray(new JsonObject { ["apiKey"] = new JsonArray() });
            operation["x-roles"] = new JsonArray(endpoint.Access.Roles.Order().Select(r => (JsonNode)JsonValue.Create(r.ToString())!).ToArray());
        }
        else
        {
            operation["security"] = new JsonArray();
        }

        if (endpoint.RequestBody is not null)
        {
            operation["requestBody"] = new JsonObject
            {
                ["required"] = true,
                ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = Schema(endpoint.RequestBody) } },
            };
        }

        return operation;
    }

    private static JsonNode Schema(Type type) =>
        type == typeof(JsonObject)
            ? new JsonObject { ["type"] = "object" }
            : ApiJson.Options.GetJsonSchemaAsNode(type, new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true });
}
