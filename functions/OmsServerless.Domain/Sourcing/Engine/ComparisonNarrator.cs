using System.Globalization;
using OmsServerless.Domain.Sourcing.Rules;
using OmsServerless.Domain.Sourcing.Search;

namespace OmsServerless.Domain.Sourcing.Engine;

/// <summary>Says in one sentence why the chosen plan beat the runner-up, naming the key that decided.</summary>
internal static class ComparisonNarrator
{
    private static readonly string[] CriterionNames = [.. Enum.GetValues<RankingCriterion>().Select(RuleSetValidator.JsonName)];

    public static string Explain(PlanObjective objective, PlanBuffer chosen, PlanBuffer runnerUp, out string decidedBy)
    {
        objective.Compare(chosen, runnerUp, out ComparisonKey key, out int criterion);
        ref readonly PlanMetrics a = ref chosen.Metrics;
        ref readonly PlanMetrics b = ref runnerUp.Metrics;
        switch (key)
        {
            case ComparisonKey.Units:
                decidedBy = "units";
                return string.Create(CultureInfo.InvariantCulture, $"allocates {a.Units} units against {b.Units}");
            case ComparisonKey.DeliveryDate:
                decidedBy = "deliveryDate";
                return string.Create(CultureInfo.InvariantCulture, $"delivers by {DateOnly.FromDayNumber(a.LatestDay):yyyy-MM-dd} against {DateOnly.FromDayNumber(b.LatestDay):yyyy-MM-dd}");
            case ComparisonKey.TotalCost:
                decidedBy = "totalCost";
                return string.Create(CultureInfo.InvariantCulture, $"costs {a.TotalCost:0.00} against {b.TotalCost:0.00}");
            case ComparisonKey.Shipments:
                decidedBy = "shipments";
                return string.Create(CultureInfo.InvariantCulture, $"needs {a.Shipments} shipment(s) against {b.Shipments}");
            case ComparisonKey.WeightedScore:
                decidedBy = "weightedScore";
                return string.Create(CultureInfo.InvariantCulture, $"weighted score {a.Score:0.####} against {b.Score:0.####}") + LargestDifferences(objective, a, b);
            case ComparisonKey.Criterion:
                decidedBy = CriterionNames[criterion];
                return TieBreakerStory(objective, a, b, criterion);
            case ComparisonKey.NodeOrder:
                decidedBy = "nodeOrder";
                return "ties on every ranking key; the plan whose node ids sort first wins, so the choice is repeatable";
            default:
                decidedBy = "nodeOrder";
                return "the plans are identical";
        }
    }

    private static string LargestDifferences(PlanObjective objective, in PlanMetrics a, in PlanMetrics b)
    {
        Span<double> contribution = stackalloc double[CriteriaValues.Count];
        for (int i = 0; i < CriteriaValues.Count; i++)
        {
            contribution[i] = objective.WeightOf(i) * (a.Criteria[i] - b.Criteria[i]);
        }

        var parts = new List<string>(2);
        for (int pick = 0; pick < 2; pick++)
        {
            int largest = -1;
            for (int i = 0; i < CriteriaValues.Count; i++)
            {
                if (Math.Abs(contribution[i]) > 1e-9 && (largest < 0 || Math.Abs(contribution[i]) > Math.Abs(contribution[largest])))
                {
                    largest = i;
                }
            }

            if (largest < 0)
            {
                break;
            }

            parts.Add(string.Create(CultureInfo.InvariantCulture, $"{CriterionNames[largest]} {contribution[largest]:+0.####;-0.####}"));
            contribution[largest] = 0;
        }

        return parts.Count == 0 ? string.Empty : $" (largest weighted differences: {string.Join(", ", parts)})";
    }

    private static string TieBreakerStory(PlanObjective objective, in PlanMetrics a, in PlanMetrics b, int decisive)
    {
        var ties = new List<string>();
        foreach (RankingCriterion tieBreaker in objective.TieBreakers)
        {
            int i = (int)tieBreaker;
            if (i == decisive)
            {
                break;
            }

            ties.Add(string.Create(CultureInfo.InvariantCulture, $"{CriterionNames[i]} ({a.Criteria[i]:0.####})"));
        }

        string lead = ties.Count == 0 ? string.Empty : $"ties on {string.Join(", ", ties)}; ";
        return lead + string.Create(CultureInfo.InvariantCulture, $"lower {CriterionNames[decisive]}: {a.Criteria[decisive]:0.####} against {b.Criteria[decisive]:0.####}");
    }
}
