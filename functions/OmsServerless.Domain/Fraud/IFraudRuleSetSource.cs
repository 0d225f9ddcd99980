namespace OmsServerless.Domain.Fraud;

/// <summary>The fraud rule set in force.</summary>
public interface IFraudRuleSetSource
{
    Task<FraudRuleSet> GetCurrentAsync(CancellationToken cancellationToken);
}
