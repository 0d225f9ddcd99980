namespace OmsServerless.Domain.Sourcing.Search;

/// <summary>
/// One candidate node of a <see cref="DestinationProblem"/>. The collector fills a few hundred of these per decision
/// and the searches read several values of one candidate at a time, so they sit side by side rather than in one
/// array each.
/// </summary>
internal struct Candidate
{
    public int Node;
    public int Capacity;

    /// <summary>Units the candidate could send alone: its available units of every line, within its capacity.</summary>
    public int Covered;
    public bool Detailed;
    public bool Bounded;
    public int ShipDay;
    public int FastestDay;
    public double ChordSquared;
    public double Labor;
    public double Utilization;
    public double Priority;

    /// <summary>The least per-unit part of the primary key over the lines it holds: the least its first unit can add.</summary>
    public double MinUnitPrimary;
    public double Km;

    /// <summary>The least price of a parcel carrying only the lightest unit from it (max value when no service carries it).</summary>
    public double LightFloorPrice;

    /// <summary>The least per-parcel part of the primary key any parcel from it can have (it carries at least the lightest unit).</summary>
    public double FixedBound;
}
