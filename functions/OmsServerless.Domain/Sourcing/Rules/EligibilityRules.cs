namespace OmsServerless.Domain.Sourcing.Rules;

/// <summary>Filters that decide which nodes may fulfil a line at all, applied before any ranking.</summary>
/// <param name="NodeTypes">Node types allowed per delivery method, optionally per channel. A channel-specific rule replaces the channel-less one for that method; a method without any rule allows every node type.</param>
/// <param name="MaxDistanceKm">Origins farther than this from the destination are skipped; null means no limit.</param>
/// <param name="MinRemainingCapacity">Nodes with fewer units of pick capacity left today are skipped.</param>
/// <param name="SafetyStock">Units of available stock that must stay at a node after allocation.</param>
/// <param name="ExcludedNodes">Node ids that must not fulfil anything.</param>
/// <param name="ExcludedRegions">Nodes whose operating region or address region (state) is listed are skipped.</param>
/// <param name="ExcludedDestinationRegions">Ship-to-address lines to a destination region listed here are not shipped.</param>
/// <param name="AttributeExclusions">SKU attributes a node type must not ship (for example hazmat from stores). They apply to shipping origins, not to pickups at the customer's chosen store.</param>
public sealed record EligibilityRules(
    IReadOnlyList<NodeTypeRule> NodeTypes,
    double? MaxDistanceKm,
    int MinRemainingCapacity,
    SafetyStockRules SafetyStock,
    IReadOnlyList<string> ExcludedNodes,
    IReadOnlyList<string> ExcludedRegions,
    IReadOnlyList<string> ExcludedDestinationRegions,
    IReadOnlyList<AttributeExclusion> AttributeExclusions);
