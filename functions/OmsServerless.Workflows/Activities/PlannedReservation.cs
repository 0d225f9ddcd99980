namespace OmsServerless.Workflows.Activities;

/// <summary>
/// Units of one order line to reserve at one node. The movement id makes the reservation exactly-once:
/// "res:{order}:{round}:{line}:{node}", where the round tells a re-sourced attempt from the first.
/// </summary>
public sealed record PlannedReservation(string LineId, string Sku, string NodeId, int Quantity, string MovementId)
{
    public static string MovementIdFor(string orderId, int round, string lineId, string nodeId) =>
        $"res:{orderId}:{round}:{lineId}:{nodeId}";
}
