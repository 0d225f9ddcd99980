namespace OmsServerless.Domain.Sourcing.Rules;

/// <summary>
/// How feasible plans are ranked. <see cref="RankingMode.Weighted"/> minimises the sum of each criterion times its
/// weight; <see cref="RankingMode.TieBreaker"/> compares the criteria one after another in the listed order.
/// </summary>
/// <param name="Weights">Used in weighted mode. Each weight converts one unit of its criterion into score points (see <see cref="RankingCriterion"/> for the units).</param>
/// <param name="TieBreakers">Used in tie-breaker mode, most important first.</param>
public sealed record RankingRules(RankingMode Mode, RankingWeights Weights, IReadOnlyList<RankingCriterion> TieBreakers);
