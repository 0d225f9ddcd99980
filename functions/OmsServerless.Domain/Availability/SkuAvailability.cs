namespace OmsServerless.Domain.Availability;

/// <summary>Network availability of one SKU for one channel.</summary>
/// <param name="NetworkAtp">Sum of ATP over every node the channel may sell from.</param>
/// <param name="ShipAtp">Sum of ATP over those nodes that ship parcels.</param>
/// <param name="PickupAtp">Sum of ATP over those nodes where customers collect.</param>
/// <param name="Nodes">Every eligible node holding a balance row, ordered by node id.</param>
public sealed record SkuAvailability(
    string Sku,
    int NetworkAtp,
    int ShipAtp,
    int PickupAtp,
    IReadOnlyList<NodePosition> Nodes);
