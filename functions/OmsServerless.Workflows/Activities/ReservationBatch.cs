namespace OmsServerless.Workflows.Activities;

/// <summary>The reservations of one SKU of an order: reserved all together or not at all.</summary>
public sealed record ReservationBatch(string OrderId, string Sku, IReadOnlyList<PlannedReservation> Reservations);
