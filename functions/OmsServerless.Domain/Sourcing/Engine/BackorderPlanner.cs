using System.Globalization;
using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Shipping;
using OmsServerless.Domain.Sourcing.Decisions;

namespace OmsServerless.Domain.Sourcing.Engine;

/// <summary>
/// The backorder fallback: units still missing are promised from inbound stock at eligible nodes, nearest to the
/// destination first (a backorder ships when the stock lands, so its date is unknown and distance is the best proxy
/// for a quick, cheap follow-up parcel). Pickup lines only ever wait, whole, for stock inbound to their own store.
/// </summary>
internal static class BackorderPlanner
{
    public static void Apply(DecisionContext context)
    {
        DecisionDraft draft = context.Draft;
        for (int line = 0; line < draft.Missing.Length; line++)
        {
            if (draft.Missing[line] > 0 && draft.Route[line] != LineRoute.None)
            {
                Backorder(context, line);
            }
        }
    }

    private static void Backorder(DecisionContext context, int line)
    {
        DecisionDraft draft = context.Draft;
        int product = context.LineProduct[line];
        if (context.State.StockOf(product) is not { } stock)
        {
            return;
        }

        SourcingNetwork network = context.Network;
        SourcingLine request = context.Request.Lines[line];
        LineRoute route = draft.Route[line];
        int store = draft.RouteStore[line];
        (double x, double y, double z) = route == LineRoute.Customer
            ? ChordDistance.UnitVector(context.Request.Destination.Location)
            : (network.Profiles[store].X, network.Profiles[store].Y, network.Profiles[store].Z);
        DeliveryMethod originMethod = route switch
        {
            LineRoute.Customer => DeliveryMethod.ShipToAddress,
            LineRoute.ToStore => DeliveryMethod.ShipToStore,
            _ => request.Method,
        };
        var sources = new List<(double Chord, int Node, int Inbound)>();
        for (int j = 0; j < stock.Nodes.Length; j++)
        {
            int node = stock.Nodes[j];
            int inbound = stock.Inbound[j] - draft.ConsumedInbound(product, node);
            if (inbound <= 0 || !MayShip(context, originMethod, route, store, node, product))
            {
                continue;
            }

            ref readonly NodeProfile origin = ref network.Profiles[node];
            double chord = ChordDistance.ChordSquared(x, y, z, origin.X, origin.Y, origin.Z);
            if (route != LineRoute.AtStore && chord > context.Table.MaxChordSquared)
            {
                continue;
            }

            sources.Add((chord, node, inbound));
        }

        if (route == LineRoute.AtStore && (sources.Count == 0 || sources[0].Inbound < draft.Missing[line]))
        {
            // A pickup line is held whole or not at all, also when it waits for inbound stock.
            return;
        }

        sources.Sort((a, b) => a.Chord != b.Chord ? a.Chord.CompareTo(b.Chord) : a.Node.CompareTo(b.Node));
        int backordered = 0;
        foreach ((double chord, int node, int inbound) in sources)
        {
            int quantity = Math.Min(inbound, draft.Missing[line]);
            if (quantity == 0)
            {
                break;
            }

            ShipmentDraft shipment = FindOrAdd(context, route, store, node, chord, originMethod);
            draft.Allocate(line, shipment, quantity, product, network.ProductWeightGrams[product], network.ProductAt(product).UnitPrice);
            draft.Missing[line] -= quantity;
            backordered += quantity;
        }

        if (backordered > 0)
        {
            draft.Notes.Add(string.Create(CultureInfo.InvariantCulture, $"Line {request.LineId}: {backordered} unit(s) backordered against inbound stock."));
        }
    }

    private static bool MayShip(DecisionContext context, DeliveryMethod originMethod, LineRoute route, int store, int node, int product)
    {
        if (route == LineRoute.AtStore)
        {
            return node == store && context.Table.OutcomesFor(context.Request.Channel, originMethod)[node] == FilterOutcome.Eligible;
        }

        Catalog.Product item = context.Network.ProductAt(product);
        int attributes =
            (item.Hazmat ? EligibilityTable.AttributeMask(Rules.SkuAttribute.Hazmat) : 0) |
            (item.Oversize ? EligibilityTable.AttributeMask(Rules.SkuAttribute.Oversize) : 0);
        return node != store &&
            context.Table.OutcomesFor(context.Request.Channel, originMethod)[node] == FilterOutcome.Eligible &&
            (context.Table.ExcludedAttributes[node] & attributes) == 0;
    }

    private static ShipmentDraft FindOrAdd(DecisionContext context, LineRoute route, int store, int node, double chord, DeliveryMethod originMethod)
    {
        DecisionDraft draft = context.Draft;
        FulfillmentMethod method = route switch
        {
            LineRoute.Customer => DestinationSolver.ShipFrom(context.Network.NodeAt(node).Type),
            LineRoute.ToStore => FulfillmentMethod.ShipToStore,
            _ => originMethod == DeliveryMethod.Ropis ? FulfillmentMethod.ReserveInStore : FulfillmentMethod.PickupInStore,
        };
        ShipmentDraft? existing = draft.Shipments.Find(s => s.IsBackorder && s.Node == node && s.Method == method);
        if (existing is not null)
        {
            return existing;
        }

        return draft.AddShipment(id => new ShipmentDraft
        {
            Id = id,
            Node = node,
            Method = method,
            Destination = route switch
            {
                LineRoute.Customer => DestinationKind.CustomerAddress,
                LineRoute.ToStore => DestinationKind.Store,
                _ => DestinationKind.InStore,
            },
            DestinationStoreId = route == LineRoute.Customer ? null : context.Network.NodeAt(store).NodeId,
            DistanceKm = route == LineRoute.AtStore ? 0 : ChordDistance.KmFromChordSquared(chord),
            IsBackorder = true,
        });
    }
}
