namespace OmsServerless.Domain.RuleSets;

/// <summary>Why a rule set document was refused: the JSON path of the offending value and what is wrong with it.</summary>
public sealed record RuleSetViolation(string Path, string Reason);
