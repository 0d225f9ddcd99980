namespace OmsServerless.Domain.Sourcing.Rules;

/// <summary>
/// The rule set a demo retailer starts from: ship from DCs and stores by lowest cost with a light preference for
/// nearby, idle, well-stocked, preferred nodes; marketplace orders only from DCs and 3PLs; hazmat and oversize items
/// never from stores; a unit of safety stock kept in stores for walk-in customers; at most three parcels; inbound
/// stock backordered when nothing is on hand.
/// </summary>
public static class DefaultRuleSet
{
    public const string Json = """
        {
          "id": "default-retail",
          "version": 1,
          "description": "Demo retailer: lowest cost first, stores keep one unit for walk-ins, no hazmat or oversize from stores, at most three parcels.",
          "eligibility": {
            "nodeTypes": [
              { "method": "shipToAddress", "nodeTypes": ["distributionCenter", "store", "thirdPartyLogistics", "dropShipper"] },
              { "channel": "marketplace", "method": "shipToAddress", "nodeTypes": ["distributionCenter", "thirdPartyLogistics"] },
              { "method": "shipToStore", "nodeTypes": ["distributionCenter", "store"] },
              { "method": "bopis", "nodeTypes": ["store"] },
              { "method": "ropis", "nodeTypes": ["store"] }
            ],
            "maxDistanceKm": 5000,
            "minRemainingCapacity": 1,
            "safetyStock": { "defaultUnits": 0, "byNodeType": [ { "nodeType": "store", "units": 1 } ] },
            "excludedNodes": [],
            "excludedRegions": [],
            "excludedDestinationRegions": [],
            "attributeExclusions": [ { "nodeType": "store", "attributes": ["hazmat", "oversize"] } ]
          },
          "ranking": {
            "mode": "weighted",
            "weights": { "shippingCost": 1, "laborCost": 1, "distance": 0.001, "capacityUtilization": 0.5, "stockDepth": 0.5, "priority": 0.05 },
            "tieBreakers": ["shippingCost", "distance", "priority"]
          },
          "split": { "policy": "splitByUnit", "maxShipments": 3, "minShipmentValue": 0 },
          "fallback": { "policy": "backorder" },
          "search": { "exactMaxLines": 6, "exactMaxUnits": 12, "exactBudget": 20000 },
          "costs": { "handlingPerShipment": 1.75 },
          "explanation": { "maxCandidates": 6 }
        }
        """;

    private static readonly Lazy<SourcingRuleSet> Parsed = new(() => RuleSetJson.Deserialize(Json));

    public static SourcingRuleSet Instance => Parsed.Value;
}
