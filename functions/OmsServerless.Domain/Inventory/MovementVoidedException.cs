namespace OmsServerless.Domain.Inventory;

/// <summary>
/// The movement id was voided before the movement arrived: a reservation whose release (compensation) ran first.
/// Applying it now would leak stock, so it is refused for good.
/// </summary>
public sealed class MovementVoidedException(string movementId)
    : Exception($"Movement '{movementId}' was voided before it was applied.")
{
    public string MovementId { get; } = movementId;
}
