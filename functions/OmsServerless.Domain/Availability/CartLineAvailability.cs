namespace OmsServerless.Domain.Availability;

/// <summary>Whether one cart line can ship, and from where.</summary>
/// <param name="ShipAtp">Units the network can ship for this SKU, across all shipping nodes.</param>
/// <param name="Fillable">True when the network can ship the requested quantity, possibly from several nodes.</param>
/// <param name="NodesThatCanFill">Shipping nodes able to fill the whole line alone: nearest first, else deepest stock.</param>
public sealed record CartLineAvailability(
    string Sku,
    int Requested,
    int NetworkAtp,
    int ShipAtp,
    bool Fillable,
    IReadOnlyList<NodeOption> NodesThatCanFill);
