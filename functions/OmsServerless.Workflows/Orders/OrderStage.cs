namespace OmsServerless.Workflows.Orders;

/// <summary>Where the orchestration is, published as its custom status so callers can follow it without reading history.</summary>
public enum OrderStage
{
    Screening,
    AwaitingFraudReview,
    AuthorizingPayment,
    Sourcing,
    Reserving,
    Releasing,
    Released,
    AwaitingStock,
    Parked,
    Cancelling,
    Completed,
}
