using OmsServerless.Domain.Sourcing.Decisions;

namespace OmsServerless.Domain.Sourcing;

/// <summary>
/// Keeps full routing decisions (candidates, scores, rejections: often several KB) outside the order document and the
/// orchestration history, which carry only the reference.
/// </summary>
public interface IRoutingDecisionStore
{
    /// <summary>Stores the decision of one sourcing round of an order; saving the same round again overwrites it.</summary>
    /// <returns>The reference to keep with the order.</returns>
    Task<string> SaveAsync(string orderId, int round, SourcingDecision decision, CancellationToken cancellationToken);

    Task<SourcingDecision?> GetAsync(string reference, CancellationToken cancellationToken);
}
