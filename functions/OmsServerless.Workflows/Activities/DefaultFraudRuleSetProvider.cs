using OmsServerless.Domain.Fraud;

namespace OmsServerless.Workflows.Activities;

/// <summary>The demo retailer's fraud rule set, until rule sets are loaded from storage.</summary>
public sealed class DefaultFraudRuleSetProvider : IFraudRuleSetProvider
{
    public FraudRuleSet Current { get; } = DefaultFraudRuleSet.Load();
}
