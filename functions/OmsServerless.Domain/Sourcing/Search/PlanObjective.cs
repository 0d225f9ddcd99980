using OmsServerless.Domain.Shipping;
using OmsServerless.Domain.Sourcing.Rules;

namespace OmsServerless.Domain.Sourcing.Search;

/// <summary>
/// The total order on plans for one destination, from the rule set and the customer's preference:
/// more units allocated; then the preference (earliest last delivery for "fastest", lowest total cost for "cheapest",
/// fewest parcels for "fewest packages"); then fewest parcels when the split policy minimises shipments; then the
/// ranking (weighted score, or the tie-breaker chain with each criterion rounded to its resolution); finally the
/// node ids, so equal plans still resolve the same way every time.
/// </summary>
internal sealed class PlanObjective
{
    private static readonly double[] Resolution = [0.01, 0.01, 0.1, 1e-4, 1e-4, 1e-6];

    private readonly RankingCriterion[] _tieBreakers;
    private readonly bool _weighted;
    private readonly bool _byTotalCost;
    private CriteriaValues _weights;
    private CriteriaValues _primary;

    public PlanObjective(SourcingRuleSet ruleSet, CustomerPreference preference)
    {
        RankingRules ranking = ruleSet.Ranking;
        _weighted = ranking.Mode == RankingMode.Weighted;
        _tieBreakers = [.. ranking.TieBreakers];
        foreach (RankingCriterion criterion in Enum.GetValues<RankingCriterion>())
        {
            _weights[(int)criterion] = ranking.Weights.Of(criterion);
        }

        ByDeliveryDate = preference == CustomerPreference.Fastest;
        _byTotalCost = preference == CustomerPreference.Cheapest;
        ByShipmentCount = preference == CustomerPreference.FewestPackages || ruleSet.Split.Policy == SplitPolicy.MinimizeShipments;
        ServiceLevel = ByDeliveryDate ? ServiceLevel.Fastest : ServiceLevel.Cheapest;
        if (_byTotalCost)
        {
            _primary[(int)RankingCriterion.ShippingCost] = 1;
            _primary[(int)RankingCriterion.LaborCost] = 1;
            PrimaryResolution = Resolution[0];
        }
        else if (_weighted)
        {
            _primary = _weights;
        }
        else
        {
            _primary[(int)_tieBreakers[0]] = 1;
            PrimaryResolution = Resolution[(int)_tieBreakers[0]];
        }
    }

    public ServiceLevel ServiceLevel { get; }

    public bool ByDeliveryDate { get; }

    public bool ByShipmentCount { get; }

    public bool Weighted => _weighted;

    /// <summary>
    /// True when, among plans allocating the most units (within one delivery-date round), fewer parcels always win:
    /// the search can stop at the first shipment count that allocates everything.
    /// </summary>
    public bool StopAtFirstFullShipmentCount => ByShipmentCount && !_byTotalCost;

    /// <summary>
    /// Coefficients of the first additive key after units, date and shipment count. Every criterion is a sum of a
    /// per-parcel part and a per-unit part, so a lower bound of this key prunes node combinations.
    /// </summary>
    public ref readonly CriteriaValues PrimaryCoefficients => ref _primary;

    /// <summary>Differences below this may round to a tie, so pruning waits for a bound beyond it (0 means relative 1e-9).</summary>
    public double PrimaryResolution { get; }

    public double PruningMargin(double best) => PrimaryResolution > 0 ? PrimaryResolution : 1e-9 * Math.Max(1, Math.Abs(best));

    public void Complete(ref PlanMetrics metrics)
    {
        metrics.Primary = metrics.Criteria.Dot(_primary);
        metrics.Score = _weighted ? metrics.Criteria.Dot(_weights) : 0;
    }

    public double WeightOf(int criterion) => _weights[criterion];

    public IReadOnlyList<RankingCriterion> TieBreakers => _tieBreakers;

    /// <summary>Negative when <paramref name="a"/> is better.</summary>
    public int Compare(PlanBuffer a, PlanBuffer b) => Compare(a, b, out _, out _);

    public int Compare(PlanBuffer a, PlanBuffer b, out ComparisonKey key, out int criterion)
    {
        ref readonly PlanMetrics x = ref a.Metrics;
        ref readonly PlanMetrics y = ref b.Metrics;
        criterion = -1;
        if (x.Units != y.Units)
        {
            key = ComparisonKey.Units;
            return y.Units.CompareTo(x.Units);
        }

        if (ByDeliveryDate && x.LatestDay != y.LatestDay)
        {
            key = ComparisonKey.DeliveryDate;
            return x.LatestDay.CompareTo(y.LatestDay);
        }

        if (_byTotalCost && Rounded(x.TotalCost, 0.01) != Rounded(y.TotalCost, 0.01))
        {
            key = ComparisonKey.TotalCost;
            return Rounded(x.TotalCost, 0.01).CompareTo(Rounded(y.TotalCost, 0.01));
        }

        if (ByShipmentCount && x.Shipments != y.Shipments)
        {
            key = ComparisonKey.Shipments;
            return x.Shipments.CompareTo(y.Shipments);
        }

        if (_weighted)
        {
            if (Math.Abs(x.Score - y.Score) > 1e-9 * Math.Max(1, Math.Max(Math.Abs(x.Score), Math.Abs(y.Score))))
            {
                key = ComparisonKey.WeightedScore;
                return x.Score.CompareTo(y.Score);
            }
        }
        else
        {
            foreach (RankingCriterion tieBreaker in _tieBreakers)
            {
                int i = (int)tieBreaker;
                double rx = Rounded(x.Criteria[i], Resolution[i]);
                double ry = Rounded(y.Criteria[i], Resolution[i]);
                if (rx != ry)
                {
                    key = ComparisonKey.Criterion;
                    criterion = i;
                    return rx.CompareTo(ry);
                }
            }
        }

        int byNodes = a.CompareNodes(b);
        key = byNodes == 0 ? ComparisonKey.None : ComparisonKey.NodeOrder;
        return byNodes;
    }

    public static double Rounded(double value, double resolution) => Math.Round(value / resolution);
}
