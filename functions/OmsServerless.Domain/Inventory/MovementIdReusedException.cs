namespace OmsServerless.Domain.Inventory;

/// <summary>A movement id that was already applied arrived again with different content.</summary>
public sealed class MovementIdReusedException(string movementId, LedgerEntry original)
    : Exception($"Movement id '{movementId}' was already used for a {original?.Type} of {original?.Quantity}.")
{
    public LedgerEntry Original { get; } = original ?? throw new ArgumentNullException(nameof(original));
}
