using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using OmsServerless.Api.Http;
using OmsServerless.Api.Orders.Contracts;
using OmsServerless.Api.Problems;
using OmsServerless.Api.Routing;
using OmsServerless.Api.Security;
using OmsServerless.Domain.Catalog;
using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Idempotency;
using OmsServerless.Domain.Network;
using OmsServerless.Domain.Orders;
using OmsServerless.Domain.Sourcing.Decisions;

namespace OmsServerless.Api.Orders;

/// <summary>
/// POST orders: captures an order and starts its orchestration. Needs an Idempotency-Key: the first request creates
/// the order (202), a repeat of the same request returns the same order ("Idempotent-Replayed: true") and a different
/// request under the same key is refused (409). Every fault of the body is reported at once; nothing is stored for a
/// request that is refused.
/// </summary>
public sealed class PlaceOrderHandler(
    ApiPipeline pipeline,
    ApiRequest input,
    IProductCatalog catalog,
    INodeDirectory nodes,
    IIdempotencyStore idempotency,
    IOrderRepository orders,
    IOrderIndex index,
    OrderWorkflowClient workflows,
    TimeProvider time)
{
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    /// <summary>How long an order may sit without an orchestration before a replay starts one (crash recovery).</summary>
    private static readonly TimeSpan OrphanAge = TimeSpan.FromSeconds(15);

    private static readonly NewOrderRequestValidator Validator = new();

    public static AccessPolicy Access { get; } = AccessPolicy.For(ApiRole.Storefront, ApiRole.CallCenter);

    public Task<IResult> HandleAsync(HttpRequest request, DurableTaskClient durable) =>
        pipeline.RunAsync(request, Access, async (caller, cancellationToken) =>
        {
            string key = IdempotencyKeyOf(request);
            NewOrderRequest body = await input.ReadJsonAsync(request, Validator, cancellationToken);
            await RequireKnownReferencesAsync(body, cancellationToken);

            DateTimeOffset now = time.GetUtcNow();
            IdempotencyClaim claim = await idempotency.ClaimAsync(caller.KeyName, key, RequestFingerprint.Of(body), OrderIds.New(now), cancellationToken);
            if (claim.Outcome == IdempotencyClaimOutcome.Conflict)
            {
                throw new ApiProblemException(ProblemType.IdempotencyKeyReused,
                    $"Idempotency-Key '{key}' was used on {claim.FirstSeenAt:u} for a different order ({claim.ResourceId}).");
            }

            string orderId = claim.ResourceId;
            (StoredOrder stored, bool created) = await orders.CreateAsync(Order.Create(orderId, body, now, caller.Actor).ToSnapshot(), cancellationToken);
            if (created)
            {
                // Independent: the index keeps the highest version it is given, whichever of the two writes first.
                await Task.WhenAll(index.RecordAsync(stored.Snapshot, now, cancellationToken), workflows.StartAsync(durable, orderId, cancellationToken));
            }
            else if (now - stored.Snapshot.CreatedAt > OrphanAge && !await workflows.ExistsAsync(durable, orderId, cancellationToken))
            {
                await workflows.StartAsync(durable, orderId, cancellationToken);
            }

            OrderResponse response = OrderResponse.From(stored.Snapshot, stage: null, [], new Dictionary<string, SourcingDecision>());
            string location = $"/{ApiRoutes.Prefix}/orders/{Uri.EscapeDataString(orderId)}";
            IResult result = Results.Json(response, ApiJson.Options, statusCode: StatusCodes.Status202Accepted).WithHeader("Location", location);
            return created ? result : result.WithHeader("Idempotent-Replayed", "true");
        });

    private static string IdempotencyKeyOf(HttpRequest request)
    {
        string? key = request.Headers[IdempotencyKeyHeader];
        return string.IsNullOrWhiteSpace(key) || key.Length > 200 || key.Any(char.IsControl)
            ? throw new ApiProblemException(ProblemType.IdempotencyKeyRequired,
                $"Send a unique {IdempotencyKeyHeader} header (1-200 printable characters) so a retried request never places a second order.")
            : key;
    }

    /// <summary>SKUs must be sold and collection stores must exist and do what the line asks of them.</summary>
    private async Task RequireKnownReferencesAsync(NewOrderRequest body, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        NodeNetwork network = await nodes.GetNetworkAsync(cancellationToken);
        IReadOnlyList<NewOrderLine?> lines = body.Lines ?? [];
        for (int i = 0; i < lines.Count; i++)
        {
            NewOrderLine line = lines[i]!;
            if (await catalog.FindAsync(line.Sku!, cancellationToken) is null)
            {
                errors[$"lines[{i}].sku"] = [$"SKU '{line.Sku}' is not in the catalog."];
            }

            if (line.StoreId is not null && StoreProblem(network, line.StoreId, line.DeliveryMethod) is { } problem)
            {
                errors[$"lines[{i}].storeId"] = [problem];
            }
        }

        if (errors.Count > 0)
        {
            throw new ApiProblemException(ProblemType.UnknownReference, "The order refers to SKUs or stores that cannot serve it.", errors);
        }
    }

    private static string? StoreProblem(NodeNetwork network, string storeId, DeliveryMethod? method)
    {
        if (!network.ById.TryGetValue(storeId, out FulfillmentNode? store) || store.Type != NodeType.Store)
        {
            return $"'{storeId}' is not a store of the network.";
        }

        return method switch
        {
            DeliveryMethod.Bopis or DeliveryMethod.Ropis when !store.Can(NodeCapabilities.Pickup) => $"{storeId} does not offer in-store pickup.",
            DeliveryMethod.ShipToStore when !store.Can(NodeCapabilities.ShipToStoreReceiving) => $"{storeId} does not receive ship-to-store parcels.",
            _ => null,
        };
    }
}
