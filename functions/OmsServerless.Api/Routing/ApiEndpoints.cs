using System.Text.Json.Nodes;
using OmsServerless.Api.Inventory;
using OmsServerless.Api.Inventory.Contracts;
using OmsServerless.Api.Network;
using OmsServerless.Api.Orders;
using OmsServerless.Api.Orders.Contracts;
using OmsServerless.Domain.Orders;
using OmsServerless.Api.Problems;
using OmsServerless.Api.RuleSets;


namespace OmsServerless.Api.Routing;

/// <summary>The catalogue of every HTTP operation.</summary>
public static class ApiEndpoints
{
    public const string GetSkuAvailability = "GetSkuAvailability";
    public const string CheckCartAvailability = "CheckCartAvailability";
    public const string FindNearbyStores = "FindNearbyStores";
    public const string RecordInventoryMovement = "RecordInventoryMovement";
    public const string GetInventoryLedger = "GetInventoryLedger";
    public const string ListNodes = "ListNodes";
    public const string GetOpenApiDocument = "GetOpenApiDocument";
    public const string PlaceOrder = "PlaceOrder";
    public const string GetOrder = "GetOrder";
    public const string CancelOrder = "CancelOrder";
    public const string ReviewFraud = "ReviewFraud";
    public const string DecideParkedOrder = "DecideParkedOrder";
    public const string ListCustomerOrders = "ListCustomerOrders";
    public const string GetRuleSet = "GetRuleSet";
    public const string PublishRuleSet = "PublishRuleSet";

    private static readonly ProblemType[] Authenticated = [ProblemType.Unauthenticated, ProblemType.Forbidden];

    private static readonly ApiParameter Channel = new(
        "channel", ParameterLocation.Query, false, "string", "web, app, callCenter, marketplace or pos; marketplace and POS keys are pinned to their own.");

    public static IReadOnlyList<ApiEndpoint> All { get; } =
    [
        new(GetSkuAvailability, "GET", ApiRoutes.SkuAvailability, GetSkuAvailabilityHandler.Access,
            "Network availability (ATP) of a SKU with the per-node breakdown.",
            null, typeof(SkuAvailabilityResponse), 200,
            [new("sku", ParameterLocation.Path, true, "string", "The SKU."), Channel],
            [.. Authenticated, ProblemType.ValidationFailed, ProblemType.SkuNotFound]),
        new(CheckCartAvailability, "POST", ApiRoutes.CartAvailability, CartAvailabilityHandler.Access,
            "Whether a cart can ship complete, per SKU and as a whole, and which nodes could fill it.",
            typeof(CartAvailabilityRequest), typeof(CartAvailabilityResponse), 200,
            [],
            [.. Authenticated, ProblemType.ValidationFailed, ProblemType.MalformedJson, ProblemType.UnknownReference,
             ProblemType.PayloadTooLarge, ProblemType.UnsupportedMediaType]),
        new(FindNearbyStores, "GET", ApiRoutes.NearbyStores, NearbyStoresHandler.Access,
            "Pickup stores near a postal code, nearest first, with their ATP of a SKU.",
            null, typeof(NearbyStoresResponse), 200,
            [
                new("postalCode", ParameterLocation.Query, true, "string", "The shopper's postal code."),
                new("country", ParameterLocation.Query, false, "string", "US (default) or CA."),
                new("radiusKm", ParameterLocation.Query, false, "number", $"Search radius, default {NearbyStoresHandler.DefaultRadiusKm}, at most {NearbyStoresHandler.MaxRadiusKm}."),
                new("sku", ParameterLocation.Query, false, "string", "Show each store's ATP of this SKU."),
                new("quantity", ParameterLocation.Query, false, "integer", "Units wanted (default 1), for canFulfil."),
                Channel,
            ],
            [.. Authenticated, ProblemType.ValidationFailed, ProblemType.UnknownReference]),
        new(RecordInventoryMovement, "POST", ApiRoutes.InventoryMovements, RecordMovementHandler.Access,
            "Record a receipt, adjustment, cycle count, damage or safety stock change; idempotent by movementId.",
            typeof(RecordMovementRequest), typeof(LedgerEntryResponse), 201,
            [],
            [.. Authenticated, ProblemType.ValidationFailed, ProblemType.MalformedJson, ProblemType.UnknownReference,
             ProblemType.InventoryRuleViolated, ProblemType.MovementIdReused, ProblemType.Contention,
             ProblemType.PayloadTooLarge, ProblemType.UnsupportedMediaType]),
        new(GetInventoryLedger, "GET", ApiRoutes.Ledger, GetLedgerHandler.Access,
            "The movement ledger of a SKU at a node, newest first, paged.",
            null, typeof(LedgerResponse), 200,
            [
                new("sku", ParameterLocation.Path, true, "string", "The SKU."),
                new("nodeId", ParameterLocation.Path, true, "string", "The node."),
                new("pageSize", ParameterLocation.Query, false, "integer", "Entries per page (default 50)."),
                new("continuationToken", ParameterLocation.Query, false, "string", "From the previous page."),
            ],
            [.. Authenticated, ProblemType.ValidationFailed, ProblemType.SkuNotFound, ProblemType.NodeNotFound]),
        new(ListNodes, "GET", ApiRoutes.Nodes, ListNodesHandler.Access,
            "The fulfillment network: stores, distribution centers, 3PLs and drop-shippers, with each node's capacity taken on its current work day.",
            null, typeof(IReadOnlyList<NodeResponse>), 200,
            [new("type", ParameterLocation.Query, false, "string", "Only nodes of this type.")],
            [.. Authenticated, ProblemType.ValidationFailed]),
        new(PlaceOrder, "POST", ApiRoutes.Orders, PlaceOrderHandler.Access,
            "Capture an order and start its orchestration. Requires an Idempotency-Key header.",
            typeof(NewOrderRequest), typeof(OrderResponse), 202,
            [new(PlaceOrderHandler.IdempotencyKeyHeader, ParameterLocation.Header, true, "string", "Unique per order attempt; a retry with the same key and body returns the first order.")],
            [.. Authenticated, ProblemType.IdempotencyKeyRequired, ProblemType.ValidationFailed, ProblemType.MalformedJson, ProblemType.UnknownReference,
             ProblemType.IdempotencyKeyReused, ProblemType.PayloadTooLarge, ProblemType.UnsupportedMediaType]),
        new(GetOrder, "GET", ApiRoutes.Order, GetOrderHandler.Access,
            "An order: status per order and line, allocations with the routing explanation, payments, fulfillment orders, timeline.",
            null, typeof(OrderResponse), 200,
            [new("orderId", ParameterLocation.Path, true, "string", "The order.")],
            [.. Authenticated, ProblemType.OrderNotFound]),
        new(CancelOrder, "POST", ApiRoutes.CancelOrder, CancelOrderHandler.Access,
            "Cancel the order or some of its lines; compensations (stock, payment) follow. Refused once a line has shipped.",
            typeof(CancelOrderBody), typeof(JsonObject), 202,
            [new("orderId", ParameterLocation.Path, true, "string", "The order.")],
            [.. Authenticated, ProblemType.ValidationFailed, ProblemType.MalformedJson, ProblemType.OrderNotFound, ProblemType.UnknownReference, ProblemType.OrderStateConflict]),
        new(ReviewFraud, "POST", ApiRoutes.FraudReview, OperationsDecisionHandler.Access,
            "Approve (approve: true) or reject an order held for fraud review.",
            typeof(DecisionBody), typeof(JsonObject), 202,
            [new("orderId", ParameterLocation.Path, true, "string", "The order.")],
            [.. Authenticated, ProblemType.ValidationFailed, ProblemType.MalformedJson, ProblemType.OrderNotFound, ProblemType.OrderStateConflict]),
        new(DecideParkedOrder, "POST", ApiRoutes.ParkedOrderDecision, OperationsDecisionHandler.Access,
            "Resume (approve: true: route it again) or cancel a parked order.",
            typeof(DecisionBody), typeof(JsonObject), 202,
            [new("orderId", ParameterLocation.Path, true, "string", "The order.")],
            [.. Authenticated, ProblemType.ValidationFailed, ProblemType.MalformedJson, ProblemType.OrderNotFound, ProblemType.OrderStateConflict]),
        new(ListCustomerOrders, "GET", ApiRoutes.CustomerOrders, ListCustomerOrdersHandler.Access,
            "A customer's orders, newest first, paged.",
            null, typeof(CustomerOrdersResponse), 200,
            [
                new("customerId", ParameterLocation.Path, true, "string", "The customer."),
                new("pageSize", ParameterLocation.Query, false, "integer", "Orders per page (default 20)."),
                new("continuationToken", ParameterLocation.Query, false, "string", "From the previous page."),
            ],
            [.. Authenticated, ProblemType.ValidationFailed]),
        new(GetRuleSet, "GET", ApiRoutes.RuleSet, RuleSetHandler.Access,
            "The sourcing or fraud rule set in force, with its version.",
            null, typeof(RuleSetResponse), 200,
            [new("kind", ParameterLocation.Path, true, "string", "sourcing or fraud.")],
            [.. Authenticated, ProblemType.RuleSetNotFound]),
        new(PublishRuleSet, "PUT", ApiRoutes.RuleSet, RuleSetHandler.Access,
            "Publish the next version of the sourcing or fraud rule set; refused with every fault and its JSON path.",
            typeof(JsonObject), typeof(RuleSetResponse), 201,
            [new("kind", ParameterLocation.Path, true, "string", "sourcing or fraud.")],
            [.. Authenticated, ProblemType.RuleSetNotFound, ProblemType.MalformedJson, ProblemType.RuleSetInvalid,
             ProblemType.PayloadTooLarge, ProblemType.UnsupportedMediaType]),
        new(GetOpenApiDocument, "GET", ApiRoutes.OpenApiDocument, null,
            "This OpenAPI document.", null, typeof(JsonObject), 200, [], []),
    ];
}
