using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;
using OmsServerless.Domain.Inventory;

namespace OmsServerless.Workflows.Activities;

/// <summary>
/// Reserves one SKU's allocations of an order. Each reservation is a ledger movement with a fixed id, committed with
/// the balance's ETag: exactly once under retries and never beyond ATP under concurrency. When one node no longer
/// has the stock, the reservations this batch already made are released and the batch reports a conflict.
/// </summary>
public sealed partial class ReserveInventoryActivity(IInventoryStore inventory, TimeProvider time, ILogger<ReserveInventoryActivity> logger)
    : TaskActivity<ReservationBatch, ReservationOutcome>
{
    public override async Task<ReservationOutcome> RunAsync(TaskActivityContext context, ReservationBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var made = new List<PlannedReservation>();
        foreach (PlannedReservation reservation in batch.Reservations)
        {
            try
            {
                await inventory.ApplyAsync(
                    new InventoryMovement(reservation.MovementId, MovementType.Reservation, reservation.Sku, reservation.NodeId,
                        reservation.Quantity, time.GetUtcNow(), ActorFor(batch.OrderId), $"order line {reservation.LineId}", batch.OrderId),
                    CancellationToken.None);
                made.Add(reservation);
            }
            catch (Exception e) when (e is InventoryRuleViolation or InventoryContentionException or MovementVoidedException)
            {
                LogNotReserved(logger, batch.OrderId, reservation.Quantity, reservation.Sku, reservation.NodeId, e.GetType().Name, e.Message);
                foreach (PlannedReservation undo in Enumerable.Reverse(made))
                {
                    await inventory.ReleaseReservationAsync(undo.Sku, undo.NodeId, undo.MovementId, ActorFor(batch.OrderId),
                        "another reservation of the batch failed", time.GetUtcNow(), CancellationToken.None);
                }

                return new ReservationOutcome(false, $"{reservation.Quantity} x {reservation.Sku} at {reservation.NodeId}: {e.Message}");
            }
        }

        return new ReservationOutcome(true, $"reserved {batch.Reservations.Sum(r => r.Quantity)} x {batch.Sku}");
    }

    public static string ActorFor(string orderId) => $"order:{orderId}";

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {OrderId}: could not reserve {Quantity} x {Sku} at {NodeId} ({Reason}: {Detail}); the order will be sourced again")]
    private static partial void LogNotReserved(ILogger logger, string orderId, int quantity, string sku, string nodeId, string reason, string detail);
}
