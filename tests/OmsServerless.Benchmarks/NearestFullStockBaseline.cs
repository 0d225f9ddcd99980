using OmsServerless.Domain.Catalog;
using OmsServerless.Domain.Network;
using OmsServerless.Domain.Sourcing;

namespace OmsServerless.Benchmarks;

/// <summary>
/// What a simple OMS does: ship the whole order from the nearest node that has all of it; failing that, each line
/// from the nearest node that has the whole line; failing that, the line's units from the nearest nodes in turn.
/// </summary>
public static class NearestFullStockBaseline
{
    /// <summary>Total cost of the baseline plan, or null when stock cannot cover the order.</summary>
    public static decimal? Cost(ShipmentCostModel model, SourcingState state, SourcingRequest order)
    {
        SourcingNetwork network = model.Network;
        FulfillmentNode[] byDistance = [.. network.Nodes.OrderBy(n => n.Location.DistanceKmTo(order.Destination.Location)).ThenBy(n => n.NodeId, StringComparer.Ordinal)];
        Product[] products = [.. order.Lines.Select(l => network.Products.Single(p => p.Sku == l.Sku))];
        var parcels = new Dictionary<FulfillmentNode, List<(Product, int)>>();

        FulfillmentNode? whole = byDistance.FirstOrDefault(n => order.Lines.All(l => state.AvailableToPromise(l.Sku, n.NodeId) >= l.Quantity));
        if (whole is not null)
        {
            parcels[whole] = [.. order.Lines.Select((l, i) => (products[i], l.Quantity))];
        }
        else
        {
            for (int i = 0; i < order.Lines.Count; i++)
            {
                if (!PlaceLine(byDistance, state, order.Lines[i], products[i], parcels))
                {
                    return null;
                }
            }
        }

        decimal total = 0;
        foreach ((FulfillmentNode node, List<(Product, int)> contents) in parcels)
        {
            decimal? cost = model.ParcelCost(node, order.Destination.Location, contents);
            if (cost is null)
            {
                return null;
            }

            total += cost.Value;
        }

        return total;
    }

    private static bool PlaceLine(FulfillmentNode[] byDistance, SourcingState state, SourcingLine line, Product product, Dictionary<FulfillmentNode, List<(Product, int)>> parcels)
    {
        FulfillmentNode? full = byDistance.FirstOrDefault(n => state.AvailableToPromise(line.Sku, n.NodeId) >= line.Quantity);
        if (full is not null)
        {
            Add(parcels, full, product, line.Quantity);
            return true;
        }

        int remaining = line.Quantity;
        foreach (FulfillmentNode node in byDistance)
        {
            int take = Math.Min(remaining, state.AvailableToPromise(line.Sku, node.NodeId));
            if (take > 0)
            {
                Add(parcels, node, product, take);
                remaining -= take;
            }

            if (remaining == 0)
            {
                return true;
            }
        }

        return false;
    }

    private static void Add(Dictionary<FulfillmentNode, List<(Product, int)>> parcels, FulfillmentNode node, Product product, int quantity)
    {
        if (!parcels.TryGetValue(node, out List<(Product, int)>? contents))
        {
            contents = [];
            parcels[node] = contents;
        }

        contents.Add((product, quantity));
    }
}
