namespace OmsServerless.Domain.Inventory;

/// <summary>The outcome of applying a movement.</summary>
/// <param name="AlreadyApplied">True when the movement id had been applied before: nothing changed this time.</param>
public sealed record MovementResult(LedgerEntry Entry, bool AlreadyApplied);
