using System.Text.RegularExpressions;

namespace OmsServerless.Domain.Sourcing.Rules;

/// <summary>
/// Checks a rule set's values and their combinations. Paths use the JSON property names, so a fault found in a rule
/// set built in code reads the same as one found in a file.
/// </summary>
public static partial class RuleSetValidator
{
    public const int MaxExactLines = 12;
    public const int MaxExactUnits = 32;
    public const int MaxExactBudget = 10_000_000;
    public const int MaxExplainedCandidates = 100;

    public static IReadOnlyList<RuleSetFault> Validate(SourcingRuleSet ruleSet)
    {
        ArgumentNullException.ThrowIfNull(ruleSet);
        var faults = new List<RuleSetFault>();
        if (string.IsNullOrEmpty(ruleSet.Id) || !IdPattern().IsMatch(ruleSet.Id))
        {
            faults.Add(new("$.id", "must be 1 to 64 letters, digits, '.', '_' or '-'"));
        }

        if (ruleSet.Version < 1)
        {
            faults.Add(new("$.version", "must be >= 1"));
        }

        Require(ruleSet.Eligibility, "$.eligibility", faults, e => ValidateEligibility(e, faults));
        Require(ruleSet.Ranking, "$.ranking", faults, r => ValidateRanking(r, faults));
        Require(ruleSet.Split, "$.split", faults, s => ValidateSplit(s, faults));
        Require(ruleSet.Fallback, "$.fallback", faults, f => CheckDefined(f.Policy, "$.fallback.policy", faults));
        Require(ruleSet.Search, "$.search", faults, s =>
        {
            CheckRange(s.ExactMaxLines, 0, MaxExactLines, "$.search.exactMaxLines", faults);
            CheckRange(s.ExactMaxUnits, 0, MaxExactUnits, "$.search.exactMaxUnits", faults);
            CheckRange(s.ExactBudget, 1, MaxExactBudget, "$.search.exactBudget", faults);
        });
        Require(ruleSet.Costs, "$.costs", faults, c =>
        {
            if (c.HandlingPerShipment < 0)
            {
                faults.Add(new("$.costs.handlingPerShipment", "must be >= 0"));
            }
        });
        Require(ruleSet.Explanation, "$.explanation", faults, e => CheckRange(e.MaxCandidates, 0, MaxExplainedCandidates, "$.explanation.maxCandidates", faults));
        return faults;
    }

    internal static string JsonName<TEnum>(TEnum value)
        where TEnum : struct, Enum => EnumJsonNames<TEnum>.Of(value);

    private static void ValidateEligibility(EligibilityRules eligibility, List<RuleSetFault> faults)
    {
        const string path = "$.eligibility";
        RequireList(eligibility.NodeTypes, $"{path}.nodeTypes", faults, rules =>
        {
            for (int i = 0; i < rules.Count; i++)
            {
                NodeTypeRule rule = rules[i];
                string rulePath = $"{path}.nodeTypes[{i}]";
                if (rule.Channel is { } channel)
                {
                    CheckDefined(channel, $"{rulePath}.channel", faults);
                }

                CheckDefined(rule.Method, $"{rulePath}.method", faults);
                RequireList(rule.NodeTypes, $"{rulePath}.nodeTypes", faults, types =>
                {
                    if (types.Count == 0)
                    {
                        faults.Add(new($"{rulePath}.nodeTypes", "must list at least one node type"));
                    }

                    CheckDistinctDefined(types, $"{rulePath}.nodeTypes", faults);
                });
                for (int j = 0; j < i; j++)
                {
                    if (rules[j].Channel == rule.Channel && rules[j].Method == rule.Method)
                    {
                        faults.Add(new(rulePath, $"repeats the rule at {path}.nodeTypes[{j}] for the same channel and method"));
                        break;
                    }
                }
            }
        });

        if (eligibility.MaxDistanceKm is { } maxDistance && (!double.IsFinite(maxDistance) || maxDistance <= 0))
        {
            faults.Add(new($"{path}.maxDistanceKm", "must be a finite number > 0, or null for no limit"));
        }

        if (eligibility.MinRemainingCapacity < 0)
        {
            faults.Add(new($"{path}.minRemainingCapacity", "must be >= 0"));
        }

        Require(eligibility.SafetyStock, $"{path}.safetyStock", faults, safety =>
        {
            if (safety.DefaultUnits < 0)
            {
                faults.Add(new($"{path}.safetyStock.defaultUnits", "must be >= 0"));
            }

            RequireList(safety.ByNodeType, $"{path}.safetyStock.byNodeType", faults, entries =>
            {
                for (int i = 0; i < entries.Count; i++)
                {
                    string entryPath = $"{path}.safetyStock.byNodeType[{i}]";
                    CheckDefined(entries[i].NodeType, $"{entryPath}.nodeType", faults);
                    if (entries[i].Units < 0)
                    {
                        faults.Add(new($"{entryPath}.units", "must be >= 0"));
                    }

                    CheckRepeat(entries, i, e => e.NodeType, $"{entryPath}.nodeType", $"{path}.safetyStock.byNodeType", faults);
                }
            });
        });

        CheckIds(eligibility.ExcludedNodes, $"{path}.excludedNodes", faults);
        CheckIds(eligibility.ExcludedRegions, $"{path}.excludedRegions", faults);
        CheckIds(eligibility.ExcludedDestinationRegions, $"{path}.excludedDestinationRegions", faults);
        RequireList(eligibility.AttributeExclusions, $"{path}.attributeExclusions", faults, exclusions =>
        {
            for (int i = 0; i < exclusions.Count; i++)
            {
                string entryPath = $"{path}.attributeExclusions[{i}]";
                CheckDefined(exclusions[i].NodeType, $"{entryPath}.nodeType", faults);
                CheckRepeat(exclusions, i, e => e.NodeType, $"{entryPath}.nodeType", $"{path}.attributeExclusions", faults);
                RequireList(exclusions[i].Attributes, $"{entryPath}.attributes", faults, attributes =>
                {
                    if (attributes.Count == 0)
                    {
                        faults.Add(new($"{entryPath}.attributes", "must list at least one attribute"));
                    }

                    CheckDistinctDefined(attributes, $"{entryPath}.attributes", faults);
                });
            }
        });
    }

    private static void ValidateRanking(RankingRules ranking, List<RuleSetFault> faults)
    {
        CheckDefined(ranking.Mode, "$.ranking.mode", faults);
        Require(ranking.Weights, "$.ranking.weights", faults, weights =>
        {
            bool anyPositive = false;
            foreach (RankingCriterion criterion in Enum.GetValues<RankingCriterion>())
            {
                double weight = weights.Of(criterion);
                if (!double.IsFinite(weight) || weight < 0)
                {
                    faults.Add(new($"$.ranking.weights.{JsonName(criterion)}", "must be >= 0"));
                }

                anyPositive |= weight > 0;
            }

            if (ranking.Mode == RankingMode.Weighted && !anyPositive)
            {
                faults.Add(new("$.ranking.weights", "at least one weight must be > 0 in weighted mode"));
            }
        });
        RequireList(ranking.TieBreakers, "$.ranking.tieBreakers", faults, tieBreakers =>
        {
            if (ranking.Mode == RankingMode.TieBreaker && tieBreakers.Count == 0)
            {
                faults.Add(new("$.ranking.tieBreakers", "must list at least one criterion in tie-breaker mode"));
            }

            CheckDistinctDefined(tieBreakers, "$.ranking.tieBreakers", faults);
        });
    }

    private static void ValidateSplit(SplitRules split, List<RuleSetFault> faults)
    {
        CheckDefined(split.Policy, "$.split.policy", faults);
        if (split.MaxShipments is { } max)
        {
            if (max < 1)
            {
                faults.Add(new("$.split.maxShipments", "must be >= 1, or null for no limit"));
            }
            else if (split.Policy == SplitPolicy.NoSplit && max != 1)
            {
                faults.Add(new("$.split.maxShipments", "must be 1 or null when the policy is noSplit"));
            }
        }

        if (split.MinShipmentValue < 0)
        {
            faults.Add(new("$.split.minShipmentValue", "must be >= 0"));
        }
    }

    private static void Require<T>(T? value, string path, List<RuleSetFault> faults, Action<T> validate)
        where T : class
    {
        if (value is null)
        {
            faults.Add(new(path, "is required"));
            return;
        }

        validate(value);
    }

    private static void RequireList<T>(IReadOnlyList<T>? list, string path, List<RuleSetFault> faults, Action<IReadOnlyList<T>> validate) =>
        Require(list, path, faults, validate);

    private static void CheckIds(IReadOnlyList<string>? ids, string path, List<RuleSetFault> faults) =>
        RequireList(ids, path, faults, list =>
        {
            for (int i = 0; i < list.Count; i++)
            {
                if (string.IsNullOrWhiteSpace(list[i]))
                {
                    faults.Add(new($"{path}[{i}]", "must not be empty"));
                }
                else
                {
                    CheckRepeat(list, i, id => id, $"{path}[{i}]", path, faults);
                }
            }
        });

    private static void CheckDistinctDefined<TEnum>(IReadOnlyList<TEnum> values, string path, List<RuleSetFault> faults)
        where TEnum : struct, Enum
    {
        for (int i = 0; i < values.Count; i++)
        {
            CheckDefined(values[i], $"{path}[{i}]", faults);
            CheckRepeat(values, i, v => v, $"{path}[{i}]", path, faults);
        }
    }

    private static void CheckRepeat<T, TKey>(IReadOnlyList<T> items, int index, Func<T, TKey> key, string itemPath, string listPath, List<RuleSetFault> faults)
    {
        for (int j = 0; j < index; j++)
        {
            if (EqualityComparer<TKey>.Default.Equals(key(items[j]), key(items[index])))
            {
                faults.Add(new(itemPath, $"repeats {listPath}[{j}]"));
                return;
            }
        }
    }

    private static void CheckDefined<TEnum>(TEnum value, string path, List<RuleSetFault> faults)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            faults.Add(new(path, $"must be one of {string.Join(", ", Enum.GetValues<TEnum>().Select(JsonName))}"));
        }
    }

    private static void CheckRange(int value, int min, int max, string path, List<RuleSetFault> faults)
    {
        if (value < min || value > max)
        {
            faults.Add(new(path, $"must be between {min} and {max}"));
        }
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
