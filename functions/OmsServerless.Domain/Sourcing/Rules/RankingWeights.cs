namespace OmsServerless.Domain.Sourcing.Rules;

/// <summary>Score points per unit of each criterion; zero ignores a criterion.</summary>
public sealed record RankingWeights(
    double ShippingCost,
    double LaborCost,
    double Distance,
    double CapacityUtilization,
    double StockDepth,
    double Priority)
{
    public double Of(RankingCriterion criterion) => criterion switch
    {
        RankingCriterion.ShippingCost => ShippingCost,
        RankingCriterion.LaborCost => LaborCost,
        RankingCriterion.Distance => Distance,
        RankingCriterion.CapacityUtilization => CapacityUtilization,
        RankingCriterion.StockDepth => StockDepth,
        RankingCriterion.Priority => Priority,
        _ => throw new ArgumentOutOfRangeException(nameof(criterion), criterion, "Unknown ranking criterion."),
    };
}
