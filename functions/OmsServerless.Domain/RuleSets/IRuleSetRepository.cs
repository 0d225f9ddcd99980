namespace OmsServerless.Domain.RuleSets;

/// <summary>
/// Versioned rule sets, data rather than code: operators publish a new version, orders record the version that decided
/// them, and earlier versions stay stored so every decision can be explained later.
/// </summary>
public interface IRuleSetRepository
{
    Task<PublishedRuleSet> GetCurrentAsync(RuleSetKind kind, CancellationToken cancellationToken);

    /// <summary>
    /// Validates the document and makes it the rule set in force. Refused, with every violation, when it is invalid or
    /// its version is not the one after the version in force.
    /// </summary>
    Task<RuleSetPublication> PublishAsync(RuleSetKind kind, string json, CancellationToken cancellationToken);
}
