using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using OmsServerless.Api.Http;
using OmsServerless.Api.Orders.Contracts;
using OmsServerless.Api.Security;
using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Orders;
using OmsServerless.Domain.Sourcing;
using OmsServerless.Domain.Sourcing.Decisions;

namespace OmsServerless.Api.Orders;

/// <summary>GET orders/{orderId}: the order with its lines, allocations and routing explanation, payments, timeline.</summary>
public sealed class GetOrderHandler(
    ApiPipeline pipeline, IOrderRepository orders, IFulfillmentOrderStore fulfillment, IRoutingDecisionStore decisions, OrderWorkflowClient workflows)
{
    public static AccessPolicy Access { get; } = AccessPolicy.For(ApiRole.Storefront, ApiRole.CallCenter, ApiRole.Operations);

    public Task<IResult> HandleAsync(HttpRequest request, string orderId, DurableTaskClient durable) =>
        pipeline.RunAsync(request, Access, async (_, cancellationToken) =>
        {
            StoredOrder stored = await OrderLookup.RequireAsync(orders, orderId, cancellationToken);
            Task<IReadOnlyList<FulfillmentOrder>> fulfillmentOrders = fulfillment.ListByOrderAsync(orderId, cancellationToken);
            Task<string?> stage = workflows.StageAsync(durable, orderId, cancellationToken);
            var routing = new Dictionary<string, SourcingDecision>(StringComparer.Ordinal);
            foreach (AllocationDecision decision in stored.Snapshot.AllocationDecisions)
            {
                if (await decisions.GetAsync(decision.RoutingExplanationRef, cancellationToken) is { } full)
                {
                    routing[decision.RoutingExplanationRef] = full;
                }
            }

            OrderResponse response = OrderResponse.From(stored.Snapshot, await stage, await fulfillmentOrders, routing);
            return Results.Json(response, ApiJson.Options).WithHeader("ETag", $"\"{stored.Snapshot.Version}\"");
        });
}
