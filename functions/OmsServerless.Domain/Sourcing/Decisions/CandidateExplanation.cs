namespace OmsServerless.Domain.Sourcing.Decisions;

/// <summary>One node as the search saw it.</summary>
/// <param name="Rule">The rule that rejected the node, as a path into the rule set (for example "eligibility.maxDistanceKm"); null when eligible.</param>
/// <param name="CoverableUnits">Units of this destination's lines the node could supply on its own.</param>
/// <param name="Criteria">For eligible nodes: the criteria of shipping everything the node can cover in one parcel.</param>
/// <param name="Score">Weighted score of that single parcel, in weighted mode.</param>
/// <param name="ShipmentId">The shipment the node got in the chosen plan, if any.</param>
public sealed record CandidateExplanation(
    string NodeId,
    FilterOutcome Outcome,
    string? Rule,
    string? Detail,
    double DistanceKm,
    int CoverableUnits,
    PlanCriteria? Criteria,
    double? Score,
    string? ShipmentId);
