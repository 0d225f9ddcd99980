using System.Collections.Concurrent;
using OmsServerless.Domain.Sourcing;
using OmsServerless.Domain.Sourcing.Decisions;

namespace OmsServerless.Workflows.Tests.Doubles;

public sealed class InMemoryRoutingDecisionStore : IRoutingDecisionStore
{
    private readonly ConcurrentDictionary<string, SourcingDecision> _decisions = new(StringComparer.Ordinal);

    public Task<string> SaveAsync(string orderId, int round, SourcingDecision decision, CancellationToken cancellationToken)
    {
        string reference = $"routing/{orderId}/{round}";
        _decisions[reference] = decision;
        return Task.FromResult(reference);
    }

    public Task<SourcingDecision?> GetAsync(string reference, CancellationToken cancellationToken) =>
        Task.FromResult(_decisions.GetValueOrDefault(reference));
}
