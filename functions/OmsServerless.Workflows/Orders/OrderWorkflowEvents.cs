namespace OmsServerless.Workflows.Orders;

/// <summary>External events the order orchestration listens for.</summary>
public static class OrderWorkflowEvents
{
    /// <summary>Payload: <see cref="FraudReviewDecision"/>.</summary>
    public const string FraudReviewDecided = "FraudReviewDecided";

    /// <summary>Payload: <see cref="CancelOrderRequest"/>.</summary>
    public const string CancelRequested = "CancelRequested";

    /// <summary>Payload: <see cref="ParkedOrderDecision"/>.</summary>
    public const string ParkedOrderDecided = "ParkedOrderDecided";
}
