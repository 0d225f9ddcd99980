namespace OmsServerless.Domain.Availability;

/// <summary>Whether a cart can ship complete.</summary>
/// <param name="CanShipComplete">Every line can ship in full, possibly split over several nodes.</param>
/// <param name="SingleNodeOptions">Shipping nodes that could fill the entire cart in one parcel, nearest first.</param>
public sealed record CartAvailability(
    bool CanShipComplete,
    IReadOnlyList<CartLineAvailability> Lines,
    IReadOnlyList<NodeOption> SingleNodeOptions);
