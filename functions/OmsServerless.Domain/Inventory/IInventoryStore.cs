namespace OmsServerless.Domain.Inventory;

/// <summary>Persistence of balances and their ledger. Implementations apply each movement id at most once.</summary>
public interface IInventoryStore
{
    /// <summary>Every node's balance for a SKU, ordered by node id.</summary>
    Task<IReadOnlyList<InventoryBalance>> GetBalancesAsync(string sku, CancellationToken cancellationToken);

    Task<InventoryBalance?> GetBalanceAsync(string sku, string nodeId, CancellationToken cancellationToken);

    /// <summary>
    /// Applies a movement with the rules of <see cref="BalanceCalculator"/>, atomically with its ledger entry.
    /// A movement id seen before returns the first result with <see cref="MovementResult.AlreadyApplied"/> set.
    /// </summary>
    /// <exception cref="InventoryRuleViolation">The movement would leave the balance impossible.</exception>
    /// <exception cref="MovementVoidedException">The movement id was voided by a release that came first.</exception>
    Task<MovementResult> ApplyAsync(InventoryMovement movement, CancellationToken cancellationToken);

    /// <summary>
    /// Gives back exactly what the reservation <paramref name="reservationMovementId"/> reserved, once. When that
    /// reservation was never made, nothing is released and the id is voided, so a late (retried) reservation can never
    /// take stock afterwards; the result is then null.
    /// </summary>
    Task<MovementResult?> ReleaseReservationAsync(
        string sku, string nodeId, string reservationMovementId, string actor, string reason, DateTimeOffset at, CancellationToken cancellationToken);

    Task<LedgerPage> GetLedgerAsync(
        string sku, string nodeId, int pageSize, string? continuationToken, CancellationToken cancellationToken);
}
