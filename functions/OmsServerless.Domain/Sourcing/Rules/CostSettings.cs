namespace OmsServerless.Domain.Sourcing.Rules;

/// <summary>Costs the rate cards and nodes do not carry.</summary>
/// <param name="HandlingPerShipment">Packaging and dock handling per carrier shipment; this is what makes fewer parcels genuinely cheaper.</param>
public sealed record CostSettings(decimal HandlingPerShipment)
{
    public static CostSettings Default { get; } = new(0m);
}
