namespace OmsServerless.Api.Routing;

/// <summary>
/// Every route of the HTTP API, relative to the "api" prefix (host.json's routePrefix in Functions, the DevHost maps
/// the same prefix). Constants, because the Functions app needs them in attributes.
/// </summary>
public static class ApiRoutes
{
    public const string Prefix = "api";

    public const string SkuAvailability = "inventory/{sku}";
    public const string CartAvailability = "inventory/availability";
    public const string InventoryMovements = "inventory/adjustments";
    public const string Ledger = "inventory/{sku}/nodes/{nodeId}/ledger";
    public const string NearbyStores = "stores/nearby";
    public const string Nodes = "nodes";
    public const string OpenApiDocument = "openapi.json";
    public const string Orders = "orders";
    public const string Order = "orders/{orderId}";
    public const string CancelOrder = "orders/{orderId}/cancel";
    public const string FraudReview = "orders/{orderId}/fraud-review";
    public const string ParkedOrderDecision = "orders/{orderId}/parked-decision";
    public const string CustomerOrders = "customers/{customerId}/orders";
    public const string RuleSet = "rule-sets/{kind}";
}
