namespace OmsServerless.Domain.Sourcing.Rules;

/// <summary>A rule set that cannot be used; <see cref="Faults"/> lists every problem found.</summary>
public sealed class InvalidRuleSetException(IReadOnlyList<RuleSetFault> faults)
    : Exception("Invalid rule set:" + Environment.NewLine + string.Join(Environment.NewLine, faults))
{
    public IReadOnlyList<RuleSetFault> Faults { get; } = faults;
}
