namespace OmsServerless.Domain.Sourcing.Search;

/// <summary>
/// A reusable plan for one destination: the candidate slot of each shipment, the units per shipment and line
/// (row-major, one row per shipment), and what evaluation found (service, price, metrics). Buffers are swapped, not
/// copied, when a better plan turns up.
/// </summary>
internal sealed class PlanBuffer
{
    public int Count;
    public int[] Slots = new int[4];
    public int[] Nodes = new int[4];
    public int[] SortedNodes = new int[4];
    public int[] Units = new int[4];
    public long[] Grams = new long[4];
    public double[] Value = new double[4];
    public int[] Service = new int[4];
    public double[] Price = new double[4];
    public int[] Transit = new int[4];
    public int[] X = new int[16];
    public PlanMetrics Metrics;

    public void Prepare(int shipments, int lines)
    {
        if (Slots.Length < shipments)
        {
            int size = Math.Max(shipments, Slots.Length * 2);
            Slots = new int[size];
            Nodes = new int[size];
            SortedNodes = new int[size];
            Units = new int[size];
            Grams = new long[size];
            Value = new double[size];
            Service = new int[size];
            Price = new double[size];
            Transit = new int[size];
        }

        if (X.Length < shipments * lines)
        {
            X = new int[Math.Max(shipments * lines, X.Length * 2)];
        }

        Count = shipments;
        Array.Clear(X, 0, shipments * lines);
    }

    public void CopyFrom(PlanBuffer other, int lines)
    {
        Prepare(other.Count, lines);
        int count = other.Count;
        Array.Copy(other.Slots, Slots, count);
        Array.Copy(other.Nodes, Nodes, count);
        Array.Copy(other.SortedNodes, SortedNodes, count);
        Array.Copy(other.Units, Units, count);
        Array.Copy(other.Grams, Grams, count);
        Array.Copy(other.Value, Value, count);
        Array.Copy(other.Service, Service, count);
        Array.Copy(other.Price, Price, count);
        Array.Copy(other.Transit, Transit, count);
        Array.Copy(other.X, X, count * lines);
        Metrics = other.Metrics;
    }

    /// <summary>Lexicographic order of the sorted node indices: the last, deterministic tie-break.</summary>
    public int CompareNodes(PlanBuffer other)
    {
        int shared = Math.Min(Count, other.Count);
        for (int i = 0; i < shared; i++)
        {
            int byNode = SortedNodes[i].CompareTo(other.SortedNodes[i]);
            if (byNode != 0)
            {
                return byNode;
            }
        }

        return Count.CompareTo(other.Count);
    }

    public bool SameNodes(PlanBuffer other) => Count == other.Count && CompareNodes(other) == 0;

    public bool Contains(int slot)
    {
        for (int i = 0; i < Count; i++)
        {
            if (Slots[i] == slot)
            {
                return true;
            }
        }

        return false;
    }
}
