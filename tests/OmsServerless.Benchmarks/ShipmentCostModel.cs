using OmsServerless.Domain.Catalog;
using OmsServerless.Domain.Geography;
using OmsServerless.Domain.Network;
using OmsServerless.Domain.Shipping;
using OmsServerless.Domain.Sourcing;

namespace OmsServerless.Benchmarks;

/// <summary>
/// The engine's cost model, computed independently for plans the engine did not make: per parcel the cheapest
/// carrier price for its weight and distance plus handling; per unit the node's labour.
/// </summary>
public sealed class ShipmentCostModel(SourcingNetwork network, decimal handlingPerShipment)
{
    public SourcingNetwork Network { get; } = network;

    public decimal HandlingPerShipment { get; } = handlingPerShipment;

    /// <summary>Cost of one parcel from <paramref name="node"/>, or null when no carrier can take it.</summary>
    public decimal? ParcelCost(FulfillmentNode node, GeoPoint destination, IEnumerable<(Product Product, int Quantity)> contents)
    {
        double kg = 0;
        int units = 0;
        foreach ((Product product, int quantity) in contents)
        {
            kg += product.WeightKg * quantity;
            units += quantity;
        }

        RateQuote? quote = Network.Rates.Quote(node.Location.DistanceKmTo(destination), kg, ServiceLevel.Cheapest);
        return quote is null ? null : quote.Price + HandlingPerShipment + (node.LaborCostPerUnit * units);
    }
}
