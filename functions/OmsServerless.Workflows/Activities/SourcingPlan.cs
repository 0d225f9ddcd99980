using OmsServerless.Domain.Orders;
using OmsServerless.Domain.Sourcing.Decisions;

namespace OmsServerless.Workflows.Activities;

/// <summary>
/// A sourcing round's result as the workflow needs it: the engine's outcome, the plan to record on the order, and
/// the reservations to make first. Null <see cref="Allocation"/> means no line waited for sourcing.
/// </summary>
public sealed record SourcingPlan(
    SourcingOutcome Outcome,
    AllocationPlan? Allocation,
    IReadOnlyList<PlannedReservation> Reservations,
    string Summary);
