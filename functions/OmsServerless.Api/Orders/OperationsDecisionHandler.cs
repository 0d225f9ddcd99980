using Microsoft.AspNetCore.Http;
using Microsoft.DurableTask.Client;
using OmsServerless.Api.Http;
using OmsServerless.Api.Orders.Contracts;
using OmsServerless.Api.Problems;
using OmsServerless.Api.Routing;
using OmsServerless.Api.Security;
using OmsServerless.Domain.Orders;
using OmsServerless.Workflows.Orders;

namespace OmsServerless.Api.Orders;

/// <summary>
/// Operations decisions on orders the workflow holds for a person: a fraud review (POST orders/{id}/fraud-review)
/// and a parked order (POST orders/{id}/parked-decision). Each is accepted only while the order waits for it (409
/// otherwise) and answered 202: the orchestration carries it out.
/// </summary>
public sealed class OperationsDecisionHandler(ApiPipeline pipeline, ApiRequest input, IOrderRepository orders, OrderWorkflowClient workflows)
{
    private static readonly DecisionBodyValidator Validator = new();

    public static AccessPolicy Access { get; } = AccessPolicy.For(ApiRole.Operations);

    public Task<IResult> ReviewFraudAsync(HttpRequest request, string orderId, DurableTaskClient durable) =>
        DecideAsync(request, orderId, durable, OrderStatus.AwaitingFraudReview, OrderWorkflowEvents.FraudReviewDecided,
            (body, caller) => new FraudReviewDecision(body.Approve!.Value, caller.Actor, body.Note!));

    public Task<IResult> DecideParkedAsync(HttpRequest request, string orderId, DurableTaskClient durable) =>
        DecideAsync(request, orderId, durable, OrderStatus.ParkedForReview, OrderWorkflowEvents.ParkedOrderDecided,
            (body, caller) => new ParkedOrderDecision(body.Approve!.Value, caller.Actor, body.Note!));

    private Task<IResult> DecideAsync(
        HttpRequest request, string orderId, DurableTaskClient durable, OrderStatus waitingIn, string eventName, Func<DecisionBody, Caller, object> decision) =>
        pipeline.RunAsync(request, Access, async (caller, cancellationToken) =>
        {
            DecisionBody body = await input.ReadJsonAsync(request, Validator, cancellationToken);
            StoredOrder stored = await OrderLookup.RequireAsync(orders, orderId, cancellationToken);
            if (stored.Snapshot.Status != waitingIn)
            {
                throw new ApiProblemException(ProblemType.OrderStateConflict,
                    $"Order {orderId} is {stored.Snapshot.Status}; this decision applies only while it is {waitingIn}.");
            }

            await workflows.RaiseAsync(durable, orderId, eventName, decision(body, caller), cancellationToken);
            return Results.Json(new { orderId, accepted = body.Approve, decidedBy = caller.Actor }, ApiJson.Options, statusCode: StatusCodes.Status202Accepted)
                .WithHeader("Location", $"/{ApiRoutes.Prefix}/orders/{Uri.EscapeDataString(orderId)}");
        });
}
