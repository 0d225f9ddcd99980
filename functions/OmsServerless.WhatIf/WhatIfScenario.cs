using OmsServerless.Domain.Catalog;
using OmsServerless.Domain.Network;
using OmsServerless.Domain.Shipping;
using OmsServerless.Domain.Sourcing;

namespace OmsServerless.WhatIf;

/// <summary>Everything a what-if run needs besides the two rule sets; the JSON scenario file holds exactly this.</summary>
/// <param name="Capacity">Remaining capacity per node; nodes not listed have their full daily capacity.</param>
public sealed record WhatIfScenario(
    IReadOnlyList<FulfillmentNode> Nodes,
    IReadOnlyList<Product> Products,
    IReadOnlyList<StockLevel> Inventory,
    IReadOnlyList<NodeCapacity>? Capacity,
    IReadOnlyList<CarrierRateCard> RateCards,
    IReadOnlyList<SourcingRequest> Orders);
