namespace OmsServerless.Workflows.Activities;

public sealed record ReleaseReservationsInput(string OrderId, IReadOnlyList<PlannedReservation> Reservations, string Reason);
