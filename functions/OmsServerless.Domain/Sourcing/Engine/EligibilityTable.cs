using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Network;
using OmsServerless.Domain.Shipping;
using OmsServerless.Domain.Sourcing.Decisions;
using OmsServerless.Domain.Sourcing.Rules;

namespace OmsServerless.Domain.Sourcing.Engine;

/// <summary>
/// The parts of eligibility that depend only on the node and the rule set (node type per channel and method,
/// excluded nodes and regions, capability, safety stock, excluded SKU attributes), worked out once per engine so a
/// decision reads them from arrays.
/// </summary>
internal sealed class EligibilityTable
{
    private static readonly int MethodCount = Enum.GetValues<DeliveryMethod>().Length;

    private readonly FilterOutcome[][] _outcome;
    private readonly string[] _typeRuleName;
    private readonly string[] _attributeRuleName;

    public EligibilityTable(SourcingNetwork network, SourcingRuleSet ruleSet)
    {
        EligibilityRules rules = ruleSet.Eligibility;
        int channels = Enum.GetValues<SalesChannel>().Length;
        _outcome = new FilterOutcome[channels * MethodCount][];
        _typeRuleName = new string[channels * MethodCount];
        var excludedNodes = new HashSet<string>(rules.ExcludedNodes, StringComparer.Ordinal);
        var excludedRegions = new HashSet<string>(rules.ExcludedRegions, StringComparer.OrdinalIgnoreCase);
        ExcludedDestinationRegions = new HashSet<string>(rules.ExcludedDestinationRegions, StringComparer.OrdinalIgnoreCase);
        foreach (SalesChannel channel in Enum.GetValues<SalesChannel>())
        {
            foreach (DeliveryMethod method in Enum.GetValues<DeliveryMethod>())
            {
                int key = Key(channel, method);
                int ruleIndex = FindTypeRule(rules.NodeTypes, channel, method);
                _typeRuleName[key] = $"eligibility.nodeTypes[{ruleIndex}]";
                NodeCapabilities needed = method is DeliveryMethod.Bopis or DeliveryMethod.Ropis ? NodeCapabilities.Pickup : NodeCapabilities.Ship;
                var outcomes = new FilterOutcome[network.NodeCount];
                for (int n = 0; n < outcomes.Length; n++)
                {
                    FulfillmentNode node = network.NodeAt(n);
                    outcomes[n] =
                        ruleIndex >= 0 && !rules.NodeTypes[ruleIndex].NodeTypes.Contains(node.Type) ? FilterOutcome.NodeTypeNotAllowed
                        : excludedNodes.Contains(node.NodeId) ? FilterOutcome.ExcludedNode
                        : excludedRegions.Contains(node.Region) || excludedRegions.Contains(node.Address.Region) ? FilterOutcome.ExcludedRegion
                        : !node.Can(needed) ? FilterOutcome.MissingCapability
                        : FilterOutcome.Eligible;
                }

                _outcome[key] = outcomes;
            }
        }

        int types = Enum.GetValues<NodeType>().Length;
        int[] safetyByType = new int[types];
        Array.Fill(safetyByType, rules.SafetyStock.DefaultUnits);
        foreach (NodeTypeSafetyStock entry in rules.SafetyStock.ByNodeType)
        {
            safetyByType[(int)entry.NodeType] = entry.Units;
        }

        int[] attributeRule = new int[types];
        Array.Fill(attributeRule, -1);
        int[] attributesByType = new int[types];
        for (int i = 0; i < rules.AttributeExclusions.Count; i++)
        {
            AttributeExclusion exclusion = rules.AttributeExclusions[i];
            attributeRule[(int)exclusion.NodeType] = i;
            foreach (SkuAttribute attribute in exclusion.Attributes)
            {
                attributesByType[(int)exclusion.NodeType] |= AttributeMask(attribute);
            }
        }

        _attributeRuleName = [.. attributeRule.Select(rule => $"eligibility.attributeExclusions[{rule}]")];
        SafetyStock = [.. network.Nodes.Select(n => safetyByType[(int)n.Type])];
        ExcludedAttributes = [.. network.Nodes.Select(n => attributesByType[(int)n.Type])];
        MaxChordSquared = rules.MaxDistanceKm is { } km ? ChordDistance.ChordSquaredForKm(km) : double.MaxValue;
    }

    /// <summary>Units that must stay at each node after allocation.</summary>
    public int[] SafetyStock { get; }

    /// <summary>Per node, the mask of SKU attributes it must not ship (see <see cref="AttributeMask"/>).</summary>
    public int[] ExcludedAttributes { get; }

    public double MaxChordSquared { get; }

    public HashSet<string> ExcludedDestinationRegions { get; }

    public static int AttributeMask(SkuAttribute attribute) => 1 << (int)attribute;

    public FilterOutcome[] OutcomesFor(SalesChannel channel, DeliveryMethod method) => _outcome[Key(channel, method)];

    /// <summary>The rule set path of the rule behind an outcome, as named in explanations; built once because every listed rejection names one.</summary>
    public string RuleOf(FilterOutcome outcome, SalesChannel channel, DeliveryMethod method, NodeType nodeType) => outcome switch
    {
        FilterOutcome.Eligible => "eligible",
        FilterOutcome.NoStock => "stock",
        FilterOutcome.NodeTypeNotAllowed => _typeRuleName[Key(channel, method)],
        FilterOutcome.ExcludedNode => "eligibility.excludedNodes",
        FilterOutcome.ExcludedRegion => "eligibility.excludedRegions",
        FilterOutcome.MissingCapability => "node.capabilities",
        FilterOutcome.DestinationStore => "shipToStore.destination",
        FilterOutcome.NoCapacity => "eligibility.minRemainingCapacity",
        FilterOutcome.BeyondMaxDistance => "eligibility.maxDistanceKm",
        FilterOutcome.NoCarrierService => "rateCards.zones",
        FilterOutcome.SkuAttributeExcluded => _attributeRuleName[(int)nodeType],
        FilterOutcome.BelowSafetyStock => "eligibility.safetyStock",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Unknown filter outcome."),
    };

    private static int Key(SalesChannel channel, DeliveryMethod method) => ((int)channel * MethodCount) + (int)method;

    /// <summary>The channel's own rule for the method if there is one, else the channel-less rule, else none (-1).</summary>
    private static int FindTypeRule(IReadOnlyList<NodeTypeRule> rules, SalesChannel channel, DeliveryMethod method)
    {
        int general = -1;
        for (int i = 0; i < rules.Count; i++)
        {
            if (rules[i].Method != method)
            {
                continue;
            }

            if (rules[i].Channel == channel)
            {
                return i;
            }

            if (rules[i].Channel is null)
            {
                general = i;
            }
        }

        return general;
    }
}
