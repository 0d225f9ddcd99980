namespace OmsServerless.Domain.Inventory;

/// <summary>A page of ledger entries, newest first, with the token for the next page (null on the last page).</summary>
public sealed record LedgerPage(IReadOnlyList<LedgerEntry> Entries, string? ContinuationToken);
