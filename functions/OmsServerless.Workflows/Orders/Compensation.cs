using OmsServerless.Workflows.Activities;

namespace OmsServerless.Workflows.Orders;

/// <summary>
/// An undo step, registered before the step it undoes runs. Compensations run in reverse order and each tolerates
/// running for a step that never took effect (a void with nothing authorized, a release of a reservation never made).
/// </summary>
public sealed record Compensation(CompensationKind Kind, IReadOnlyList<PlannedReservation> Reservations)
{
    public static Compensation VoidPayment { get; } = new(CompensationKind.VoidPayment, []);

    public static Compensation Release(IReadOnlyList<PlannedReservation> reservations) => new(CompensationKind.ReleaseReservations, reservations);
}

public enum CompensationKind
{
    VoidPayment,
    ReleaseReservations,
}
