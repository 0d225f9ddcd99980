namespace OmsServerless.Domain.Sourcing.Search;

/// <summary>What the objective compares about a plan for one destination.</summary>
internal struct PlanMetrics
{
    public int Units;
    public int Shipments;

    /// <summary>Day number of the last parcel's estimated delivery.</summary>
    public int LatestDay;

    public CriteriaValues Criteria;

    /// <summary>The first additive key the search prunes on (see <see cref="PlanObjective.PrimaryCoefficients"/>).</summary>
    public double Primary;

    /// <summary>Weighted score in weighted mode, zero otherwise.</summary>
    public double Score;

    public readonly double TotalCost => Criteria[0] + Criteria[1];
}
