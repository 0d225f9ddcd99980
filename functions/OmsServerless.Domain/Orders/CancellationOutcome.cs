namespace OmsServerless.Domain.Orders;

/// <summary>What a cancellation changed. Cancelling what is already cancelled changes nothing and says so.</summary>
/// <param name="CancelledLines">Lines cancelled by this call, with the compensations they need.</param>
/// <param name="UnchangedLineIds">Requested lines that were already cancelled or unfillable.</param>
/// <param name="OrderCancelled">True when no line is left to fulfil, so the whole order is now cancelled.</param>
public sealed record CancellationOutcome(
    IReadOnlyList<CancelledLine> CancelledLines,
    IReadOnlyList<string> UnchangedLineIds,
    bool OrderCancelled)
{
    public bool ChangedAnything => CancelledLines.Count > 0;
}
