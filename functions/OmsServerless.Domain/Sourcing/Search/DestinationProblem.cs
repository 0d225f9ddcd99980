using OmsServerless.Domain.Shipping;
using OmsServerless.Domain.Sourcing.Rules;

namespace OmsServerless.Domain.Sourcing.Search;

/// <summary>
/// Lines going to one destination and the eligible candidate nodes for them, in flat arrays: one entry per candidate,
/// and one per candidate and line (candidate-major, <c>[candidate * LineCount + line]</c>). Built once per destination
/// by the candidate collector and read by both searches; the arrays are reused across decisions on the same thread.
/// What every candidate needs (stock, capacity, per-unit criteria) is filled eagerly; what costs trigonometry, zone
/// lookups or time zones (distance, carrier zones, ship day) is filled by <see cref="Detail(int)"/> only for candidates
/// a search looks at, because most candidates of a large network never matter; and what only the exact search's bounds
/// and delivery rounds read (fastest day, per-parcel bound) by <see cref="Bound(int)"/>.
/// </summary>
/// <remarks>
/// Cost model, per shipment: carrier price for the parcel's total weight and zone (rate shopping picks the service),
/// plus handling per parcel; per unit: the node's labour cost. Every ranking criterion is likewise a per-parcel part
/// plus a per-unit part, which is what lets the exact search bound a node combination before allocating within it.
/// </remarks>
internal sealed class DestinationProblem
{
    public RateShopper Rates = null!;
    public PlanObjective Objective = null!;
    public Engine.LocalDays Days = null!;
    public SplitPolicy Policy;
    public int MaxShipments;
    public double Handling;
    public double MinShipmentValue;
    public int Carriers;

    /// <summary>Search lines: one per SKU, since lines of the same SKU draw on the same stock.</summary>
    public int LineCount;

    /// <summary>Request lines merged into search line l are <c>Members[MemberStart[l]..MemberStart[l + 1]]</c>, in request order.</summary>
    public int[] MemberStart = [];
    public int[] Members = [];
    public int[] LineProduct = [];
    public int[] Target = [];
    public long[] LineGrams = [];
    public double[] LinePrice = [];

    /// <summary>Most units of each line any plan can allocate: the whole eligible stock, or the deepest single node when lines may not split.</summary>
    public int[] MaxCoverage = [];

    /// <summary>All eligible units of each line, whatever the split policy: tells a split limit from a stock shortage.</summary>
    public int[] EligibleUnits = [];

    /// <summary>Per line, the least per-unit part of the primary key over all candidates holding it (max value when none does).</summary>
    public double[] LineMinUnitPrimary = [];
    public int TargetUnits;

    /// <summary>The lightest unit of any line: every parcel weighs at least this.</summary>
    public long LightestGrams;

    public int CandidateCount;

    /// <summary>Per candidate, everything the searches read about it, side by side.</summary>
    public Candidate[] Candidates = [];

    /// <summary>Per candidate and line, its units and per-unit key.</summary>
    public CandidateLine[] CandidateLines = [];

    public int[] Zones = [];

    public bool LinesSplit => Policy is SplitPolicy.SplitByUnit or SplitPolicy.MinimizeShipments;

    /// <summary>Makes room for up to <paramref name="lines"/> search lines; the collector sets <see cref="LineCount"/>.</summary>
    public void PrepareLines(int lines)
    {
        if (Members.Length < lines)
        {
            int size = Math.Max(lines, Members.Length * 2);
            Members = new int[size];
            MemberStart = new int[size + 1];
            LineProduct = new int[size];
            Target = new int[size];
            LineGrams = new long[size];
            LinePrice = new double[size];
            MaxCoverage = new int[size];
            EligibleUnits = new int[size];
            LineMinUnitPrimary = new double[size];
        }
    }

    public void PrepareCandidates(int candidates)
    {
        if (Candidates.Length < candidates)
        {
            Candidates = new Candidate[Math.Max(candidates, Candidates.Length * 2)];
        }

        if (Zones.Length < candidates * Carriers)
        {
            Zones = new int[Math.Max(candidates * Carriers, Zones.Length * 2)];
        }

        if (CandidateLines.Length < candidates * LineCount)
        {
            CandidateLines = new CandidateLine[Math.Max(candidates * LineCount, CandidateLines.Length * 2)];
        }
    }

    public ReadOnlySpan<int> ZonesOf(int candidate) => Zones.AsSpan(candidate * Carriers, Carriers);

    /// <summary>Fills the candidate's distance, carrier zones and ship day, once.</summary>
    public void Detail(int candidate)
    {
        ref Candidate detailed = ref Candidates[candidate];
        if (detailed.Detailed)
        {
            return;
        }

        Span<int> zones = Zones.AsSpan(candidate * Carriers, Carriers);
        for (int k = 0; k < zones.Length; k++)
        {
            zones[k] = Rates.ZoneForChordSquared(k, detailed.ChordSquared);
        }

        detailed.Km = ChordDistance.KmFromChordSquared(detailed.ChordSquared);
        detailed.ShipDay = Days.ShipDay(detailed.Node);
        detailed.Detailed = true;
    }

    public void DetailAll()
    {
        for (int c = 0; c < CandidateCount; c++)
        {
            Detail(c);
        }
    }

    /// <summary>
    /// Fills the candidate's details, fastest delivery day and per-parcel bound, once. Evaluating a plan needs only
    /// the details, and the floor prices behind the bound walk every service's tiers.
    /// </summary>
    public void Bound(int candidate)
    {
        ref Candidate bounded = ref Candidates[candidate];
        if (bounded.Bounded)
        {
            return;
        }

        Detail(candidate);
        ReadOnlySpan<int> zones = ZonesOf(candidate);
        ref readonly CriteriaValues primary = ref Objective.PrimaryCoefficients;
        bounded.FastestDay = bounded.ShipDay + Rates.FewestPossibleTransitDays(zones);
        bounded.LightFloorPrice = Rates.FloorPrice(zones, LightestGrams);
        bounded.FixedBound = (primary[0] * (bounded.LightFloorPrice + Handling)) + (primary[2] * bounded.Km);
        bounded.Bounded = true;
    }

    public void Bound(ReadOnlySpan<int> candidates)
    {
        foreach (int c in candidates)
        {
            Bound(c);
        }
    }

    public void BoundAll()
    {
        for (int c = 0; c < CandidateCount; c++)
        {
            Bound(c);
        }
    }

    /// <summary>
    /// Prices, dates and scores the plan in <paramref name="plan"/> (slots and units already filled). False when the
    /// plan breaks a hard limit: a shipment without units, over the node's capacity, below the minimum shipment value
    /// while split, or that no carrier service can carry.
    /// </summary>
    public bool Evaluate(PlanBuffer plan)
    {
        int lines = LineCount;
        var metrics = new PlanMetrics { Shipments = plan.Count, LatestDay = int.MinValue };
        for (int i = 0; i < plan.Count; i++)
        {
            int c = plan.Slots[i];
            Detail(c);
            ref readonly Candidate candidate = ref Candidates[c];
            int units = 0;
            long grams = 0;
            double value = 0;
            double depth = 0;
            int row = i * lines;
            int candidateRow = c * lines;
            for (int l = 0; l < lines; l++)
            {
                int quantity = plan.X[row + l];
                if (quantity == 0)
                {
                    continue;
                }

                units += quantity;
                grams += quantity * LineGrams[l];
                value += quantity * LinePrice[l];
                depth += quantity / (double)CandidateLines[candidateRow + l].Usable;
            }

            if (units == 0 || units > candidate.Capacity || (plan.Count > 1 && value < MinShipmentValue - 1e-9))
            {
                return false;
            }

            if (!Rates.TryQuote(ZonesOf(c), grams, Objective.ServiceLevel, out int service, out double price, out int transit))
            {
                return false;
            }

            plan.Nodes[i] = candidate.Node;
            plan.Units[i] = units;
            plan.Grams[i] = grams;
            plan.Value[i] = value;
            plan.Service[i] = service;
            plan.Price[i] = price;
            plan.Transit[i] = transit;
            metrics.Units += units;
            metrics.LatestDay = Math.Max(metrics.LatestDay, candidate.ShipDay + transit);
            metrics.Criteria[0] += price + Handling;
            metrics.Criteria[1] += units * candidate.Labor;
            metrics.Criteria[2] += candidate.Km;
            metrics.Criteria[3] += units * candidate.Utilization;
            metrics.Criteria[4] += depth;
            metrics.Criteria[5] += units * candidate.Priority;
        }

        Objective.Complete(ref metrics);
        plan.Metrics = metrics;
        SortNodes(plan);
        return true;
    }

    /// <summary>Allocates everything one candidate can supply (up to its capacity, in line order) as a single shipment.</summary>
    public bool FillSingle(PlanBuffer plan, int candidate)
    {
        plan.Prepare(1, LineCount);
        plan.Slots[0] = candidate;
        int room = Candidates[candidate].Capacity;
        int row = candidate * LineCount;
        for (int l = 0; l < LineCount && room > 0; l++)
        {
            int take = Math.Min(CandidateLines[row + l].Avail, room);
            plan.X[l] = take;
            room -= take;
        }

        return room < Candidates[candidate].Capacity;
    }

    private static void SortNodes(PlanBuffer plan)
    {
        for (int i = 0; i < plan.Count; i++)
        {
            int node = plan.Nodes[i];
            int j = i - 1;
            while (j >= 0 && plan.SortedNodes[j] > node)
            {
                plan.SortedNodes[j + 1] = plan.SortedNodes[j];
                j--;
            }

            plan.SortedNodes[j + 1] = node;
        }
    }
}
