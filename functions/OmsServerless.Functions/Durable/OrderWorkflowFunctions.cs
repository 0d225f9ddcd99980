using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using OmsServerless.Domain.Orders;
using OmsServerless.Workflows.Activities;
using OmsServerless.Workflows.Orders;

namespace OmsServerless.Functions.Durable;

/// <summary>Orchestration and activity triggers of the order workflow; each runs the shared class in one line.</summary>
public static class OrderWorkflowFunctions
{
    [Function(nameof(OrderOrchestrator))]
    public static Task<OrderWorkflowResult> RunOrderOrchestrator([OrchestrationTrigger] TaskOrchestrationContext context) =>
        new OrderOrchestrator().RunAsync(context, context.GetInput<OrderWorkflowInput>()!);

    [Function(nameof(ScreenOrderActivity))]
    public static Task<OrderScreening> ScreenOrder([ActivityTrigger] string orderId, FunctionContext function) =>
        ActivityRunner.RunAsync<ScreenOrderActivity, string, OrderScreening>(function, orderId);

    [Function(nameof(ResolveFraudReviewActivity))]
    public static Task<bool> ResolveFraudReview([ActivityTrigger] FraudReviewInput input, FunctionContext function) =>
        ActivityRunner.RunAsync<ResolveFraudReviewActivity, FraudReviewInput, bool>(function, input);

    [Function(nameof(AuthorizePaymentActivity))]
    public static Task<PaymentStep> AuthorizePayment([ActivityTrigger] string orderId, FunctionContext function) =>
        ActivityRunner.RunAsync<AuthorizePaymentActivity, string, PaymentStep>(function, orderId);

    [Function(nameof(VoidPaymentActivity))]
    public static Task<string> VoidPayment([ActivityTrigger] string orderId, FunctionContext function) =>
        ActivityRunner.RunAsync<VoidPaymentActivity, string, string>(function, orderId);

    [Function(nameof(ReduceAuthorizationActivity))]
    public static Task<string> ReduceAuthorization([ActivityTrigger] string orderId, FunctionContext function) =>
        ActivityRunner.RunAsync<ReduceAuthorizationActivity, string, string>(function, orderId);

    [Function(nameof(SourceOrderActivity))]
    public static Task<SourcingPlan> SourceOrder([ActivityTrigger] SourcingRoundInput input, FunctionContext function) =>
        ActivityRunner.RunAsync<SourceOrderActivity, SourcingRoundInput, SourcingPlan>(function, input);

    [Function(nameof(ReserveInventoryActivity))]
    public static Task<ReservationOutcome> ReserveInventory([ActivityTrigger] ReservationBatch batch, FunctionContext function) =>
        ActivityRunner.RunAsync<ReserveInventoryActivity, ReservationBatch, ReservationOutcome>(function, batch);

    [Function(nameof(ReleaseReservationsActivity))]
    public static Task<int> ReleaseReservations([ActivityTrigger] ReleaseReservationsInput input, FunctionContext function) =>
        ActivityRunner.RunAsync<ReleaseReservationsActivity, ReleaseReservationsInput, int>(function, input);

    [Function(nameof(CommitAllocationActivity))]
    public static Task<OrderStatus> CommitAllocation([ActivityTrigger] CommitAllocationInput input, FunctionContext function) =>
        ActivityRunner.RunAsync<CommitAllocationActivity, CommitAllocationInput, OrderStatus>(function, input);

    [Function(nameof(CancelOrderActivity))]
    public static Task<CancelOrderOutcome> CancelOrder([ActivityTrigger] CancelOrderInput input, FunctionContext function) =>
        ActivityRunner.RunAsync<CancelOrderActivity, CancelOrderInput, CancelOrderOutcome>(function, input);

    [Function(nameof(ParkOrderActivity))]
    public static Task<OrderStatus> ParkOrder([ActivityTrigger] ParkOrderInput input, FunctionContext function) =>
        ActivityRunner.RunAsync<ParkOrderActivity, ParkOrderInput, OrderStatus>(function, input);

    [Function(nameof(ResumeOrderActivity))]
    public static Task<OrderStatus> ResumeOrder([ActivityTrigger] ResumeOrderInput input, FunctionContext function) =>
        ActivityRunner.RunAsync<ResumeOrderActivity, ResumeOrderInput, OrderStatus>(function, input);

    [Function(nameof(GiveUpBackordersActivity))]
    public static Task<OrderStatus> GiveUpBackorders([ActivityTrigger] GiveUpBackordersInput input, FunctionContext function) =>
        ActivityRunner.RunAsync<GiveUpBackordersActivity, GiveUpBackordersInput, OrderStatus>(function, input);
}
