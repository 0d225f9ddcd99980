using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using OmsServerless.Api.Inventory;
using OmsServerless.Api.Network;
using OmsServerless.Api.OpenApi;
using OmsServerless.Api.Routing;

namespace OmsServerless.Functions.Http;

/// <summary>HTTP triggers for inventory visibility; each is a one-line adapter over the shared handler.</summary>
public sealed class InventoryFunctions(
    GetSkuAvailabilityHandler skuAvailability,
    CartAvailabilityHandler cartAvailability,
    NearbyStoresHandler nearbyStores,
    RecordMovementHandler recordMovement,
    GetLedgerHandler ledger,
    ListNodesHandler nodes,
    GetOpenApiDocumentHandler openApi)
{
    [Function(ApiEndpoints.GetSkuAvailability)]
    public Task<IActionResult> GetSkuAvailability(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.SkuAvailability)] HttpRequest request, string sku) =>
        skuAvailability.HandleAsync(request, sku).AsActionResult();

    [Function(ApiEndpoints.CheckCartAvailability)]
    public Task<IActionResult> CheckCartAvailability(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.CartAvailability)] HttpRequest request) =>
        cartAvailability.HandleAsync(request).AsActionResult();

    [Function(ApiEndpoints.FindNearbyStores)]
    public Task<IActionResult> FindNearbyStores(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.NearbyStores)] HttpRequest request) =>
        nearbyStores.HandleAsync(request).AsActionResult();

    [Function(ApiEndpoints.RecordInventoryMovement)]
    public Task<IActionResult> RecordInventoryMovement(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.InventoryMovements)] HttpRequest request) =>
        recordMovement.HandleAsync(request).AsActionResult();

    [Function(ApiEndpoints.GetInventoryLedger)]
    public Task<IActionResult> GetInventoryLedger(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Ledger)] HttpRequest request, string sku, string nodeId) =>
        ledger.HandleAsync(request, sku, nodeId).AsActionResult();

    [Function(ApiEndpoints.ListNodes)]
    public Task<IActionResult> ListNodes(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Nodes)] HttpRequest request) =>
        nodes.HandleAsync(request).AsActionResult();

    [Function(ApiEndpoints.GetOpenApiDocument)]
    public Task<IActionResult> GetOpenApiDocument(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.OpenApiDocument)] HttpRequest request) =>
        openApi.HandleAsync(request).AsActionResult();
}
