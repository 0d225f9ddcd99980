namespace OmsServerless.Workflows.Orders;

/// <summary>
/// Every wait and retry of the order orchestration. They travel in the orchestration input, so each order keeps the
/// settings it started with and tests can use seconds where production uses days. Bound from "Workflows:Orders".
/// </summary>
public sealed record OrderWorkflowSettings
{
    public const string SectionName = "Workflows:Orders";

    /// <summary>How long an order waits for an operations decision before it is rejected.</summary>
    public TimeSpan FraudReviewTimeout { get; init; } = TimeSpan.FromHours(48);

    /// <summary>Authorization attempts when the gateway answers with a transient error or a timeout.</summary>
    public int PaymentAttempts { get; init; } = 4;

    public TimeSpan PaymentFirstRetryDelay { get; init; } = TimeSpan.FromSeconds(5);

    public double PaymentRetryBackoff { get; init; } = 2.0;

    public TimeSpan PaymentMaxRetryDelay { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>Attempts of every other activity when storage answers with a transient failure.</summary>
    public int ActivityAttempts { get; init; } = 5;

    public TimeSpan ActivityFirstRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Sourcing rounds when reservations lose races for the same stock; after that the order is parked.</summary>
    public int MaxSourcingRounds { get; init; } = 10;

    /// <summary>
    /// Upper bound of the random pause before re-sourcing, per lost round (capped by <see cref="MaxResourcingBackoff"/>):
    /// orders that lost one race would otherwise all re-source at once and collide again on the next best node.
    /// </summary>
    public TimeSpan ResourcingBackoff { get; init; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan MaxResourcingBackoff { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// How often backordered lines are sourced again while their stock is on its way: receipts land as movements,
    /// and the next try finds them.
    /// </summary>
    public TimeSpan BackorderRetryInterval { get; init; } = TimeSpan.FromHours(1);

    /// <summary>How long backordered lines wait for stock before they become unfillable (and are not charged).</summary>
    public TimeSpan BackorderTimeout { get; init; } = TimeSpan.FromDays(14);

    /// <summary>How long a parked order waits for operations to resume or cancel it before it is cancelled.</summary>
    public TimeSpan ParkedOrderTimeout { get; init; } = TimeSpan.FromDays(7);
}
