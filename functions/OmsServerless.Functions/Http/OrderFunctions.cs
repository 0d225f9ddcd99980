using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using OmsServerless.Api.Orders;
using OmsServerless.Api.Routing;

namespace OmsServerless.Functions.Http;

/// <summary>HTTP triggers for orders; each is a one-line adapter over the shared handler, with the Durable client binding.</summary>
public sealed class OrderFunctions(
    PlaceOrderHandler place,
    GetOrderHandler get,
    CancelOrderHandler cancel,
    OperationsDecisionHandler decisions,
    ListCustomerOrdersHandler customerOrders)
{
    [Function(ApiEndpoints.PlaceOrder)]
    public Task<IActionResult> PlaceOrder(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.Orders)] HttpRequest request, [DurableClient] DurableTaskClient durable) =>
        place.HandleAsync(request, durable).AsActionResult();

    [Function(ApiEndpoints.GetOrder)]
    public Task<IActionResult> GetOrder(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.Order)] HttpRequest request, string orderId, [DurableClient] DurableTaskClient durable) =>
        get.HandleAsync(request, orderId, durable).AsActionResult();

    [Function(ApiEndpoints.CancelOrder)]
    public Task<IActionResult> CancelOrder(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.CancelOrder)] HttpRequest request, string orderId, [DurableClient] DurableTaskClient durable) =>
        cancel.HandleAsync(request, orderId, durable).AsActionResult();

    [Function(ApiEndpoints.ReviewFraud)]
    public Task<IActionResult> ReviewFraud(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.FraudReview)] HttpRequest request, string orderId, [DurableClient] DurableTaskClient durable) =>
        decisions.ReviewFraudAsync(request, orderId, durable).AsActionResult();

    [Function(ApiEndpoints.DecideParkedOrder)]
    public Task<IActionResult> DecideParkedOrder(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = ApiRoutes.ParkedOrderDecision)] HttpRequest request, string orderId, [DurableClient] DurableTaskClient durable) =>
        decisions.DecideParkedAsync(request, orderId, durable).AsActionResult();

    [Function(ApiEndpoints.ListCustomerOrders)]
    public Task<IActionResult> ListCustomerOrders(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = ApiRoutes.CustomerOrders)] HttpRequest request, string customerId) =>
        customerOrders.HandleAsync(request, customerId).AsActionResult();
}
