using Microsoft.AspNetCore.Http;
using OmsServerless.Api.Http;
using OmsServerless.Api.Problems;
using OmsServerless.Api.Security;
using OmsServerless.Domain.Network;

namespace OmsServerless.Api.Network;

/// <summary>
/// GET nodes?type=store: the fulfillment network (store pickers, operations dashboards), each node with how much of
/// its current work day's capacity is taken.
/// </summary>
public sealed class ListNodesHandler(ApiPipeline pipeline, INodeDirectory nodes, INodeCapacityLedger capacity, TimeProvider time)
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
            List<FulfillmentNode> listed = [.. network.Nodes.Where(n => type is null || n.Type == type)];
            DateTimeOffset now = time.GetUtcNow();
            var used = (await capacity.GetUsageAsync(listed, now, cancellationToken)).ToDictionary(u => u.NodeId, StringComparer.Ordinal);
            return Results.Json(
                listed.Select(n => NodeResponse.From(n, used.GetValueOrDefault(n.NodeId) ?? new NodeCapacityUsage(n.NodeId, NodeWorkDay.Of(n, now), 0))).ToList(),
                ApiJson.Options);
        });
}
