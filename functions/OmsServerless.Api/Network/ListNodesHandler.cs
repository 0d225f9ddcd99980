using Microsoft.AspNetCore.Http;
using OmsServerless.Api.Http;
using OmsServerless.Api.Problems;
using OmsServerless.Api.Security;
using OmsServerless.Domain.Network;

namespace OmsServerless.Api.Network;

/// <summary>GET nodes?type=store: the fulfillment network (store pickers, operations dashboards).</summary>
public sealed class ListNodesHandler(ApiPipeline pipeline, INodeDirectory nodes)
{
    public static AccessPolicy Access { get; } = AccessPolicy.AnyCaller;

    public Task<IResult> HandleAsync(HttpRequest request) =>
        pipeline.RunAsync(request, Access, async (_, cancellationToken) =>
        {
            NodeType? type = null;
            string? rawType = request.Query["type"];
            if (!string.IsNullOrEmpty(rawType))
            {
                type = Enum.TryParse(rawType, ignoreCase: true, out NodeType parsed) && Enum.IsDefined(parsed)
                    ? parsed
                    : throw ApiProblemException.Field(ProblemType.ValidationFailed, "type",
                        $"must be one of {string.Join(", ", Enum.GetNames<NodeType>())}.");
            }

            NodeNetwork network = await nodes.GetNetworkAsync(cancellationToken);
            return Results.Json(
                network.Nodes.Where(n => type is null || n.Type == type).Select(NodeResponse.From).ToList(),
                ApiJson.Options);
        });
}
