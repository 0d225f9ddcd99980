namespace OmsServerless.Domain.Sourcing.Rules;

public enum RankingMode
{
    /// <summary>Lowest weighted sum of the criteria wins.</summary>
    Weighted,

    /// <summary>Criteria compared in order; a later one only decides when all earlier ones tie.</summary>
    TieBreaker,
}
