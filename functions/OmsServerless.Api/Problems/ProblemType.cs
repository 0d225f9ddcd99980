namespace OmsServerless.Api.Problems;

/// <summary>
/// The stable problem types (RFC 9457 "type") clients may branch on. Titles never change for a type; details do.
/// </summary>
public sealed record ProblemType(string Code, int Status, string Title)
{
    public static readonly ProblemType ValidationFailed = new("validation-failed", 400, "The request is not valid.");
    public static readonly ProblemType MalformedJson = new("malformed-json", 400, "The request body is not valid JSON for this operation.");
    public static readonly ProblemType Unauthenticated = new("unauthenticated", 401, "An API key is required.");
    public static readonly ProblemType Forbidden = new("forbidden", 403, "This API key may not do that.");
    public static readonly ProblemType SkuNotFound = new("sku-not-found", 404, "No such SKU.");
    public static readonly ProblemType NodeNotFound = new("node-not-found", 404, "No such fulfillment node.");
    public static readonly ProblemType IdempotencyKeyRequired = new("idempotency-key-required", 400, "This operation needs an Idempotency-Key header.");
    public static readonly ProblemType OrderNotFound = new("order-not-found", 404, "No such order.");
    public static readonly ProblemType IdempotencyKeyReused = new("idempotency-key-reused", 409, "The Idempotency-Key was already used for a different request.");
    public static readonly ProblemType OrderStateConflict = new("order-state-conflict", 409, "The order is not in a state that allows this.");
    public static readonly ProblemType MovementIdReused = new("movement-id-reused", 409, "The movement id was already used for a different movement.");
    public static readonly ProblemType PayloadTooLarge = new("payload-too-large", 413, "The request body is too large.");
    public static readonly ProblemType UnsupportedMediaType = new("unsupported-media-type", 415, "The request body must be application/json.");
    public static readonly ProblemType RuleSetNotFound = new("rule-set-not-found", 404, "No such kind of rule set.");
    public static readonly ProblemType RuleSetInvalid = new("rule-set-invalid", 422, "The rule set was refused; nothing changed.");
    public static readonly ProblemType UnknownReference = new("unknown-reference", 422, "The request refers to something that does not exist.");
    public static readonly ProblemType InventoryRuleViolated = new("inventory-rule-violated", 422, "The movement would leave the stock in an impossible state.");
    public static readonly ProblemType Contention = new("contention", 503, "The resource is too busy to change right now; retry shortly.");

    /// <summary>URN rather than URL: the type must stay stable wherever the API is hosted.</summary>
    public string Uri => "urn:omsserverless:problem:" + Code;
}
