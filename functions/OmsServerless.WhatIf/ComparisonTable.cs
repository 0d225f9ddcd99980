using System.Globalization;
using System.Text;
using OmsServerless.Domain.Sourcing.Decisions;
using OmsServerless.Domain.Sourcing.WhatIf;

namespace OmsServerless.WhatIf;

/// <summary>Formats a what-if comparison as a plain-text table, baseline and candidate side by side.</summary>
public static class ComparisonTable
{
    public static string Format(WhatIfComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        WhatIfSummary a = comparison.Baseline;
        WhatIfSummary b = comparison.Candidate;
        var rows = new List<(string Metric, string A, string B, string Change)>
        {
            ("Rule set", Name(a), Name(b), string.Empty),
            ("Orders", Count(a.Orders), Count(b.Orders), string.Empty),
            ("Units requested", Count(a.UnitsRequested), Count(b.UnitsRequested), string.Empty),
            ("Units allocated", Count(a.UnitsAllocated), Count(b.UnitsAllocated), Change(a.UnitsAllocated, b.UnitsAllocated)),
            ("Units backordered", Count(a.UnitsBackordered), Count(b.UnitsBackordered), Change(a.UnitsBackordered, b.UnitsBackordered)),
            ("Units unfillable", Count(a.UnitsUnfillable), Count(b.UnitsUnfillable), Change(a.UnitsUnfillable, b.UnitsUnfillable)),
            ("Total cost", Amount(a.TotalCost), Amount(b.TotalCost), Change((double)a.TotalCost, (double)b.TotalCost)),
            ("Average cost per order", Amount(a.AverageCostPerOrder), Amount(b.AverageCostPerOrder), Change((double)a.AverageCostPerOrder, (double)b.AverageCostPerOrder)),
            ("Average parcel distance (km)", Number(a.AverageDistanceKm, "0.0"), Number(b.AverageDistanceKm, "0.0"), Change(a.AverageDistanceKm, b.AverageDistanceKm)),
            ("Split rate", Number(a.SplitRate * 100, "0.0") + "%", Number(b.SplitRate * 100, "0.0") + "%", Points(a.SplitRate, b.SplitRate)),
            ("Average delivery days", Number(a.AverageDeliveryDays, "0.00"), Number(b.AverageDeliveryDays, "0.00"), Change(a.AverageDeliveryDays, b.AverageDeliveryDays)),
            ("Nodes used", Count(a.NodesUsed), Count(b.NodesUsed), Change(a.NodesUsed, b.NodesUsed)),
        };
        foreach (SourcingOutcome outcome in Enum.GetValues<SourcingOutcome>())
        {
            int inA = a.Outcomes.FirstOrDefault(o => o.Outcome == outcome)?.Orders ?? 0;
            int inB = b.Outcomes.FirstOrDefault(o => o.Outcome == outcome)?.Orders ?? 0;
            if (inA + inB > 0)
            {
                rows.Add(($"Orders {outcome}", Count(inA), Count(inB), Change(inA, inB)));
            }
        }

        int top = Math.Max(a.TopNodes.Count, b.TopNodes.Count);
        for (int i = 0; i < top; i++)
        {
            rows.Add((i == 0 ? "Top nodes (units/shipments)" : string.Empty, Load(a.TopNodes, i), Load(b.TopNodes, i), string.Empty));
        }

        return Render(rows);
    }

    private static string Render(List<(string Metric, string A, string B, string Change)> rows)
    {
        (string, string, string, string) header = ("Metric", "Baseline", "Candidate", "Change");
        int w0 = rows.Append(header).Max(r => r.Item1.Length);
        int w1 = rows.Append(header).Max(r => r.Item2.Length);
        int w2 = rows.Append(header).Max(r => r.Item3.Length);
        var text = new StringBuilder();
        Line(header);
        text.Append('-', w0 + w1 + w2 + 16).AppendLine();
        rows.ForEach(r => Line((r.Metric, r.A, r.B, r.Change)));
        return text.ToString();

        void Line((string Metric, string A, string B, string Change) row) =>
            text.Append(row.Metric.PadRight(w0)).Append("  ").Append(row.A.PadLeft(w1)).Append("  ").Append(row.B.PadLeft(w2)).Append("  ").AppendLine(row.Change).Replace(" \n", "\n");
    }

    private static string Name(WhatIfSummary summary) => $"{summary.RuleSet.Id} v{summary.RuleSet.Version}";

    private static string Load(IReadOnlyList<NodeLoad> loads, int i) => i < loads.Count ? $"{loads[i].NodeId} {loads[i].Units}/{loads[i].Shipments}" : string.Empty;

    private static string Count(int value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Amount(decimal value) => value.ToString("N2", CultureInfo.InvariantCulture);

    private static string Number(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static string Change(double a, double b) =>
        a == 0 ? (b == 0 ? string.Empty : "new") : ((b - a) / a).ToString("+0.0%;-0.0%;0.0%", CultureInfo.InvariantCulture);

    private static string Points(double a, double b) => ((b - a) * 100).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) + " pts";
}
