using System.Text.Json;
using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Network;

namespace OmsServerless.Domain.Sourcing.Rules;

/// <summary>
/// Reads and writes rule sets as JSON. Reading reports every fault, each with the JSON path of the value and the
/// reason (for example <c>$.ranking.weights.distance: must be >= 0</c>): shape faults (unknown properties, wrong types,
/// unknown names) and value faults from <see cref="RuleSetValidator"/>.
/// </summary>
public static class RuleSetJson
{
    public static RuleSetParseResult Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            return new RuleSetParseResult(null, [new RuleSetFault("$", $"is not valid JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1})")]);
        }

        using (document)
        {
            var faults = new List<RuleSetFault>();
            SourcingRuleSet? ruleSet = ReadRuleSet(document.RootElement, new JsonFaultReader(faults));
            if (ruleSet is not null)
            {
                faults.AddRange(RuleSetValidator.Validate(ruleSet));
            }

            return faults.Count == 0 ? new RuleSetParseResult(ruleSet, []) : new RuleSetParseResult(null, faults);
        }
    }

    /// <exception cref="InvalidRuleSetException">The JSON does not describe a valid rule set.</exception>
    public static SourcingRuleSet Deserialize(string json)
    {
        RuleSetParseResult result = Parse(json);
        return result.RuleSet ?? throw new InvalidRuleSetException(result.Faults);
    }

    public static string Serialize(SourcingRuleSet ruleSet) => JsonSerializer.Serialize(ruleSet, SourcingJson.IndentedOptions);

    private static SourcingRuleSet? ReadRuleSet(JsonElement root, JsonFaultReader read)
    {
        const string path = "$";
        if (!read.Object(root, path, "id", "version", "description", "eligibility", "ranking", "split", "fallback", "search", "costs", "explanation"))
        {
            return null;
        }

        return new SourcingRuleSet(
            read.String(root, path, "id", required: true) ?? "unnamed",
            read.Int(root, path, "version", fallback: 1, required: true),
            read.String(root, path, "description", required: false),
            Section(root, path, "eligibility", read, ReadEligibility, required: true) ?? EmptyEligibility(),
            Section(root, path, "ranking", read, ReadRanking, required: true) ?? new RankingRules(RankingMode.Weighted, new RankingWeights(1, 1, 0, 0, 0, 0), []),
            Section(root, path, "split", read, ReadSplit, required: true) ?? new SplitRules(SplitPolicy.SplitByUnit, null, 0m),
            Section(root, path, "fallback", read, ReadFallback, required: true) ?? new FallbackRules(FallbackPolicy.PartialCancel),
            Section(root, path, "search", read, ReadSearch, required: false) ?? SearchSettings.Default,
            Section(root, path, "costs", read, ReadCosts, required: false) ?? CostSettings.Default,
            Section(root, path, "explanation", read, ReadExplanation, required: false) ?? ExplanationSettings.Default);
    }

    private static T? Section<T>(JsonElement parent, string parentPath, string name, JsonFaultReader read, Func<JsonElement, string, JsonFaultReader, T?> readSection, bool required)
        where T : class =>
        read.Property(parent, parentPath, name, required) is { } value ? readSection(value, $"{parentPath}.{name}", read) : null;

    private static EligibilityRules EmptyEligibility() =>
        new([], null, 1, new SafetyStockRules(0, []), [], [], [], []);

    private static EligibilityRules? ReadEligibility(JsonElement element, string path, JsonFaultReader read)
    {
        if (!read.Object(element, path, "nodeTypes", "maxDistanceKm", "minRemainingCapacity", "safetyStock", "excludedNodes", "excludedRegions", "excludedDestinationRegions", "attributeExclusions"))
        {
            return null;
        }

        return new EligibilityRules(
            read.Array(element, path, "nodeTypes", (item, itemPath) => ReadNodeTypeRule(item, itemPath, read)),
            read.OptionalNumber(element, path, "maxDistanceKm"),
            read.Int(element, path, "minRemainingCapacity", fallback: 1),
            Section(element, path, "safetyStock", read, ReadSafetyStock, required: false) ?? new SafetyStockRules(0, []),
            read.StringArray(element, path, "excludedNodes"),
            read.StringArray(element, path, "excludedRegions"),
            read.StringArray(element, path, "excludedDestinationRegions"),
            read.Array(element, path, "attributeExclusions", (item, itemPath) => ReadAttributeExclusion(item, itemPath, read)));
    }

    private static NodeTypeRule? ReadNodeTypeRule(JsonElement element, string path, JsonFaultReader read)
    {
        if (!read.Object(element, path, "channel", "method", "nodeTypes"))
        {
            return null;
        }

        return new NodeTypeRule(
            read.OptionalEnum<SalesChannel>(element, path, "channel"),
            read.Enum(element, path, "method", DeliveryMethod.ShipToAddress, required: true),
            read.EnumArray<NodeType>(element, path, "nodeTypes", required: true));
    }

    private static SafetyStockRules? ReadSafetyStock(JsonElement element, string path, JsonFaultReader read)
    {
        if (!read.Object(element, path, "defaultUnits", "byNodeType"))
        {
            return null;
        }

        return new SafetyStockRules(
            read.Int(element, path, "defaultUnits", fallback: 0),
            read.Array(element, path, "byNodeType", (item, itemPath) => read.Object(item, itemPath, "nodeType", "units")
                ? new NodeTypeSafetyStock(
                    read.Enum(item, itemPath, "nodeType", NodeType.Store, required: true),
                    read.Int(item, itemPath, "units", fallback: 0, required: true))
                : null));
    }

    private static AttributeExclusion? ReadAttributeExclusion(JsonElement element, string path, JsonFaultReader read)
    {
        if (!read.Object(element, path, "nodeType", "attributes"))
        {
            return null;
        }

        return new AttributeExclusion(
            read.Enum(element, path, "nodeType", NodeType.Store, required: true),
            read.EnumArray<SkuAttribute>(element, path, "attributes", required: true));
    }

    private static RankingRules? ReadRanking(JsonElement element, string path, JsonFaultReader read)
    {
        if (!read.Object(element, path, "mode", "weights", "tieBreakers"))
        {
            return null;
        }

        RankingMode mode = read.Enum(element, path, "mode", RankingMode.Weighted, required: true);
        RankingWeights weights = Section(element, path, "weights", read, ReadWeights, required: mode == RankingMode.Weighted)
            ?? new RankingWeights(0, 0, 0, 0, 0, 0);
        return new RankingRules(mode, weights, read.EnumArray<RankingCriterion>(element, path, "tieBreakers", required: mode == RankingMode.TieBreaker));
    }

    private static RankingWeights? ReadWeights(JsonElement element, string path, JsonFaultReader read)
    {
        if (!read.Object(element, path, "shippingCost", "laborCost", "distance", "capacityUtilization", "stockDepth", "priority"))
        {
            return null;
        }

        return new RankingWeights(
            read.Number(element, path, "shippingCost", 0),
            read.Number(element, path, "laborCost", 0),
            read.Number(element, path, "distance", 0),
            read.Number(element, path, "capacityUtilization", 0),
            read.Number(element, path, "stockDepth", 0),
            read.Number(element, path, "priority", 0));
    }

    private static SplitRules? ReadSplit(JsonElement element, string path, JsonFaultReader read)
    {
        if (!read.Object(element, path, "policy", "maxShipments", "minShipmentValue"))
        {
            return null;
        }

        return new SplitRules(
            read.Enum(element, path, "policy", SplitPolicy.SplitByUnit, required: true),
            read.OptionalInt(element, path, "maxShipments"),
            read.Decimal(element, path, "minShipmentValue", 0m));
    }

    private static FallbackRules? ReadFallback(JsonElement element, string path, JsonFaultReader read) =>
        read.Object(element, path, "policy")
            ? new FallbackRules(read.Enum(element, path, "policy", FallbackPolicy.PartialCancel, required: true))
            : null;

    private static SearchSettings? ReadSearch(JsonElement element, string path, JsonFaultReader read)
    {
        if (!read.Object(element, path, "exactMaxLines", "exactMaxUnits", "exactBudget"))
        {
            return null;
        }

        SearchSettings defaults = SearchSettings.Default;
        return new SearchSettings(
            read.Int(element, path, "exactMaxLines", defaults.ExactMaxLines),
            read.Int(element, path, "exactMaxUnits", defaults.ExactMaxUnits),
            read.Int(element, path, "exactBudget", defaults.ExactBudget));
    }

    private static CostSettings? ReadCosts(JsonElement element, string path, JsonFaultReader read) =>
        read.Object(element, path, "handlingPerShipment")
            ? new CostSettings(read.Decimal(element, path, "handlingPerShipment", CostSettings.Default.HandlingPerShipment))
            : null;

    private static ExplanationSettings? ReadExplanation(JsonElement element, string path, JsonFaultReader read) =>
        read.Object(element, path, "maxCandidates")
            ? new ExplanationSettings(read.Int(element, path, "maxCandidates", ExplanationSettings.Default.MaxCandidates))
            : null;
}
