using OmsServerless.Domain.Fraud;

namespace OmsServerless.Workflows.Tests.Doubles;

/// <summary>The demo retailer's fraud rule set, as the storage layer serves it until another is published.</summary>
public sealed class FixedFraudRuleSetSource : IFraudRuleSetSource
{
    private readonly FraudRuleSet _ruleSet = DefaultFraudRuleSet.Load();

    public Task<FraudRuleSet> GetCurrentAsync(CancellationToken cancellationToken) => Task.FromResult(_ruleSet);
}
