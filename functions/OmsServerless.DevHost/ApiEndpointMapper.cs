using OmsServerless.Api.Inventory;
using OmsServerless.Api.Network;
using Microsoft.DurableTask.Client;
using OmsServerless.Api.OpenApi;
using OmsServerless.Api.Orders;
using OmsServerless.Api.Routing;
using OmsServerless.Api.RuleSets;

namespace OmsServerless.DevHost;

/// <summary>
/// Maps the shared handlers on the same routes as the Functions app, one line each, named as the functions are
/// (a test checks both route tables against <see cref="ApiEndpoints.All"/>).
/// </summary>
public static class ApiEndpointMapper
{
    public static IEndpointRouteBuilder MapOmsApi(this IEndpointRouteBuilder app)
    {
        RouteGroupBuilder api = app.MapGroup("/" + ApiRoutes.Prefix);
        api.MapGet(ApiRoutes.SkuAvailability, (HttpRequest r, string sku, GetSkuAvailabilityHandler h) => h.HandleAsync(r, sku)).WithName(ApiEndpoints.GetSkuAvailability);
        api.MapPost(ApiRoutes.CartAvailability, (HttpRequest r, CartAvailabilityHandler h) => h.HandleAsync(r)).WithName(ApiEndpoints.CheckCartAvailability);
        api.MapGet(ApiRoutes.NearbyStores, (HttpRequest r, NearbyStoresHandler h) => h.HandleAsync(r)).WithName(ApiEndpoints.FindNearbyStores);
        api.MapPost(ApiRoutes.InventoryMovements, (HttpRequest r, RecordMovementHandler h) => h.HandleAsync(r)).WithName(ApiEndpoints.RecordInventoryMovement);
        api.MapGet(ApiRoutes.Ledger, (HttpRequest r, string sku, string nodeId, GetLedgerHandler h) => h.HandleAsync(r, sku, nodeId)).WithName(ApiEndpoints.GetInventoryLedger);
        api.MapGet(ApiRoutes.Nodes, (HttpRequest r, ListNodesHandler h) => h.HandleAsync(r)).WithName(ApiEndpoints.ListNodes);
        api.MapPost(ApiRoutes.Orders, (HttpRequest r, PlaceOrderHandler h, DurableTaskClient d) => h.HandleAsync(r, d)).WithName(ApiEndpoints.PlaceOrder);
        api.MapGet(ApiRoutes.Order, (HttpRequest r, string orderId, GetOrderHandler h, DurableTaskClient d) => h.HandleAsync(r, orderId, d)).WithName(ApiEndpoints.GetOrder);
        api.MapPost(ApiRoutes.CancelOrder, (HttpRequest r, string orderId, CancelOrderHandler h, DurableTaskClient d) => h.HandleAsync(r, orderId, d)).WithName(ApiEndpoints.CancelOrder);
        api.MapPost(ApiRoutes.FraudReview, (HttpRequest r, string orderId, OperationsDecisionHandler h, DurableTaskClient d) => h.ReviewFraudAsync(r, orderId, d)).WithName(ApiEndpoints.ReviewFraud);
        api.MapPost(ApiRoutes.ParkedOrderDecision, (HttpRequest r, string orderId, OperationsDecisionHandler h, DurableTaskClient d) => h.DecideParkedAsync(r, orderId, d)).WithName(ApiEndpoints.DecideParkedOrder);
        api.MapGet(ApiRoutes.CustomerOrders, (HttpRequest r, string customerId, ListCustomerOrdersHandler h) => h.HandleAsync(r, customerId)).WithName(ApiEndpoints.ListCustomerOrders);
        api.MapGet(ApiRoutes.RuleSet, (HttpRequest r, string kind, RuleSetHandler h) => h.GetAsync(r, kind)).WithName(ApiEndpoints.GetRuleSet);
        api.MapPut(ApiRoutes.RuleSet, (HttpRequest r, string kind, RuleSetHandler h) => h.PublishAsync(r, kind)).WithName(ApiEndpoints.PublishRuleSet);
        api.MapGet(ApiRoutes.OpenApiDocument, (HttpRequest r, GetOpenApiDocumentHandler h) => h.HandleAsync(r)).WithName(ApiEndpoints.GetOpenApiDocument);
        return app;
    }
}
