using OmsServerless.Domain.Inventory;

namespace OmsServerless.Api.Inventory.Contracts;

/// <summary>An applied movement and the balance right after it.</summary>
public sealed record LedgerEntryResponse(
    long Sequence,
    string MovementId,
    MovementType Type,
    int Quantity,
    DateTimeOffset OccurredAt,
    DateTimeOffset RecordedAt,
    string Actor,
    string? Reason,
    string? Reference,
    BalanceResponse BalanceAfter)
{
    public static LedgerEntryResponse From(LedgerEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.Sequence, entry.MovementId, entry.Type, entry.Quantity, entry.OccurredAt, entry.RecordedAt,
            entry.Actor, entry.Reason, entry.Reference, BalanceResponse.From(entry.After));
    }
}
