using Microsoft.DurableTask;
using OmsServerless.Domain.Inventory;

namespace OmsServerless.Workflows.Activities;

/// <summary>
/// Compensation for reservations: gives back exactly what each one took, once. A reservation that never happened
/// is voided instead, so a late retry of it cannot take stock afterwards.
/// </summary>
public sealed class ReleaseReservationsActivity(IInventoryStore inventory, TimeProvider time) : TaskActivity<ReleaseReservationsInput, int>
{
    /// <returns>How many reservations gave stock back.</returns>
    public override async Task<int> RunAsync(TaskActivityContext context, ReleaseReservationsInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        int released = 0;
        foreach (PlannedReservation reservation in Enumerable.Reverse(input.Reservations))
        {
            MovementResult? result = await inventory.ReleaseReservationAsync(
                reservation.Sku, reservation.NodeId, reservation.MovementId, ReserveInventoryActivity.ActorFor(input.OrderId),
                input.Reason, time.GetUtcNow(), CancellationToken.None);
            released += result is { AlreadyApplied: false } ? 1 : 0;
        }

        return released;
    }
}
