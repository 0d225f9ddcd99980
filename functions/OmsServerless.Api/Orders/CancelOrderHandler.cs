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
/// POST orders/{orderId}/cancel: cancels the order or some lines. The order is asked first (on a copy), so what it
/// would refuse (a line already shipped or collected: 409, an unknown line: 422) is refused here, synchronously;
/// otherwise the orchestration cancels and compensates (releases stock, voids or refunds payment) and this answers
/// 202. Cancelling what is already cancelled is answered 200 and changes nothing.
/// </summary>
public sealed class CancelOrderHandler(ApiPipeline pipeline, ApiRequest input, IOrderRepository orders, OrderWorkflowClient workflows, TimeProvider time)
{
    private static readonly CancelOrderBodyValidator Validator = new();

    public static AccessPolicy Access { get; } = AccessPolicy.For(ApiRole.Storefront, ApiRole.CallCenter, ApiRole.Operations);

    public Task<IResult> HandleAsync(HttpRequest request, string orderId, DurableTaskClient durable) =>
        pipeline.RunAsync(request, Access, async (caller, cancellationToken) =>
        {
            CancelOrderBody body = await input.ReadJsonAsync(request, Validator, cancellationToken);
            StoredOrder stored = await OrderLookup.RequireAsync(orders, orderId, cancellationToken);
            CancellationOutcome wouldBe = Rehearse(stored.Snapshot, body, caller);
            string location = $"/{ApiRoutes.Prefix}/orders/{Uri.EscapeDataString(orderId)}";
            if (!wouldBe.ChangedAnything)
            {
                return Results.Json(new { orderId, cancelled = Array.Empty<string>(), detail = "nothing left to cancel" }, ApiJson.Options);
            }

            await workflows.RaiseAsync(durable, orderId, OrderWorkflowEvents.CancelRequested,
                new CancelOrderRequest(body.LineIds is { Count: > 0 } ? body.LineIds : null, body.Reason!, caller.Actor), cancellationToken);
            return Results.Json(
                new { orderId, cancelling = wouldBe.CancelledLines.Select(l => l.LineId).ToArray(), orderCancelled = wouldBe.OrderCancelled },
                ApiJson.Options,
                statusCode: StatusCodes.Status202Accepted).WithHeader("Location", location);
        });

    private CancellationOutcome Rehearse(OrderSnapshot snapshot, CancelOrderBody body, Caller caller)
    {
        Order copy = Order.Rehydrate(snapshot);
        try
        {
            return body.LineIds is { Count: > 0 } lines
                ? copy.CancelLines(lines, body.Reason!, caller.Actor, time.GetUtcNow())
                : copy.Cancel(body.Reason!, caller.Actor, time.GetUtcNow());
        }
        catch (OrderRuleException refused) when (refused.Code == OrderErrorCodes.LineNotFound)
        {
            throw ApiProblemException.Field(ProblemType.UnknownReference, "lineIds", refused.Message);
        }
        catch (OrderRuleException refused)
        {
            throw new ApiProblemException(ProblemType.OrderStateConflict, $"{refused.Message} ({refused.Code})");
        }
    }
}
