namespace OmsServerless.Api.Inventory.Contracts;

/// <summary>A page of a balance's ledger, newest first. Pass the token back to read the next page.</summary>
public sealed record LedgerResponse(string Sku, string NodeId, IReadOnlyList<LedgerEntryResponse> Entries, string? ContinuationToken);
