namespace OmsServerless.Domain.Sourcing.Rules;

/// <summary>One problem with a rule set: the JSON path of the offending value and what is wrong with it.</summary>
public sealed record RuleSetFault(string Path, string Reason)
{
    public override string ToString() => $"{Path}: {Reason}";
}
