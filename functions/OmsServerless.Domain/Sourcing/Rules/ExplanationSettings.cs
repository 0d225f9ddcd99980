namespace OmsServerless.Domain.Sourcing.Rules;

/// <summary>Keeps explanations small enough to store with the order.</summary>
/// <param name="MaxCandidates">Eligible candidates listed per destination, and separately rejected ones; every rejection is still counted per reason.</param>
public sealed record ExplanationSettings(int MaxCandidates)
{
    public static ExplanationSettings Default { get; } = new(6);
}
