using OmsServerless.Domain.Fraud;

namespace OmsServerless.Workflows.Activities;

/// <summary>The fraud rule set in force. Orders record the version that screened them.</summary>
public interface IFraudRuleSetProvider
{
    FraudRuleSet Current { get; }
}
