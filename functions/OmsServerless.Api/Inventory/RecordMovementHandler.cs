using Microsoft.AspNetCore.Http;
using OmsServerless.Api.Http;
using OmsServerless.Api.Inventory.Contracts;
using OmsServerless.Api.Problems;
using OmsServerless.Api.Routing;
using OmsServerless.Api.Security;
using OmsServerless.Domain.Catalog;
using OmsServerless.Domain.Inventory;
using OmsServerless.Domain.Network;

namespace OmsServerless.Api.Inventory;

/// <summary>
/// POST inventory/adjustments: receipts, adjustments, cycle counts, damage and safety stock from a WMS, an operator or
/// a store associate (their own store only). Idempotent by movement id: 201 the first time, 200 with
/// "Idempotent-Replayed: true" on a repeat, 409 when the id comes back with different content.
/// </summary>
public sealed class RecordMovementHandler(
    ApiPipeline pipeline,
    ApiRequest input,
    IInventoryStore inventory,
    IProductCatalog catalog,
    INodeDirectory nodes,
    TimeProvider time)
{
    private readonly RecordMovementRequestValidator _validator = new(time);

    public static AccessPolicy Access { get; } = AccessPolicy.For(ApiRole.Wms, ApiRole.Operations, ApiRole.StoreAssociate);

    public Task<IResult> HandleAsync(HttpRequest request) =>
        pipeline.RunAsync(request, Access, async (caller, cancellationToken) =>
        {
            RecordMovementRequest body = await input.ReadJsonAsync(request, _validator, cancellationToken);
            if (caller.StoreId is not null && !string.Equals(caller.StoreId, body.NodeId, StringComparison.Ordinal))
            {
                throw new ApiProblemException(ProblemType.Forbidden, $"This key may only move stock at {caller.StoreId}.");
            }

            await RequireKnownAsync(body.Sku!, body.NodeId!, cancellationToken);
            var movement = new InventoryMovement(
                body.MovementId!,
                RecordMovementRequestValidator.ManualTypes[body.Type!],
                body.Sku!,
                body.NodeId!,
                body.Quantity!.Value,
                body.OccurredAt ?? time.GetUtcNow(),
                caller.Actor,
                body.Reason,
                body.Reference);

            MovementResult result = await inventory.ApplyAsync(movement, cancellationToken);
            LedgerEntryResponse response = LedgerEntryResponse.From(result.Entry);
            string ledger = $"/{ApiRoutes.Prefix}/inventory/{Uri.EscapeDataString(movement.Sku)}/nodes/{Uri.EscapeDataString(movement.NodeId)}/ledger";
            return result.AlreadyApplied
                ? Results.Json(response, ApiJson.Options).WithHeader("Idempotent-Replayed", "true")
                : Results.Json(response, ApiJson.Options, statusCode: StatusCodes.Status201Created).WithHeader("Location", ledger);
        });

    private async Task RequireKnownAsync(string sku, string nodeId, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (await catalog.FindAsync(sku, cancellationToken) is null)
        {
            errors["sku"] = [$"SKU '{sku}' is not in the catalog."];
        }

        if (!(await nodes.GetNetworkAsync(cancellationToken)).ById.ContainsKey(nodeId))
        {
            errors["nodeId"] = [$"Node '{nodeId}' is not in the network."];
        }

        if (errors.Count > 0)
        {
            throw new ApiProblemException(ProblemType.UnknownReference, "The movement refers to a SKU or node that does not exist.", errors);
        }
    }
}
