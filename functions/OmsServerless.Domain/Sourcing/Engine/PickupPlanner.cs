using System.Globalization;
using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Network;
using OmsServerless.Domain.Sourcing.Decisions;

namespace OmsServerless.Domain.Sourcing.Engine;

/// <summary>
/// BOPIS and ROPIS at the customer's chosen store. A pickup line is served whole from that store's own stock or not
/// at all: ROPIS never leaves the store (a missing line goes to the fallback), while a BOPIS line the store cannot hand
/// over is routed as ship-to-store into it when the store can receive parcels.
/// </summary>
internal static class PickupPlanner
{
    /// <summary>Allocates the whole line at its store, or returns false with why not.</summary>
    public static bool TryPickup(DecisionContext context, int line, int store, out string whyNot)
    {
        SourcingLine request = context.Request.Lines[line];
        FilterOutcome outcome = context.Table.OutcomesFor(context.Request.Channel, request.Method)[store];
        if (outcome != FilterOutcome.Eligible)
        {
            FulfillmentNode node = context.Network.NodeAt(store);
            whyNot = string.Create(CultureInfo.InvariantCulture, $"store {node.NodeId} is not eligible ({context.Table.RuleOf(outcome, context.Request.Channel, request.Method, node.Type)})");
            return false;
        }

        int product = context.LineProduct[line];
        int capacityLeft = context.State.RemainingCapacityAt(store) - context.Draft.ConsumedCapacity(store);
        if (capacityLeft < Math.Max(Math.Max(1, context.RuleSet.Eligibility.MinRemainingCapacity), request.Quantity))
        {
            whyNot = string.Create(CultureInfo.InvariantCulture, $"store {request.StoreId} has {capacityLeft} units of capacity left");
            return false;
        }

        int usable = Available(context, product, store) - context.Table.SafetyStock[store];
        if (usable < request.Quantity)
        {
            whyNot = string.Create(CultureInfo.InvariantCulture, $"store {request.StoreId} can spare {Math.Max(0, usable)} of {request.Quantity} units after safety stock");
            return false;
        }

        FulfillmentMethod method = request.Method == DeliveryMethod.Ropis ? FulfillmentMethod.ReserveInStore : FulfillmentMethod.PickupInStore;
        ShipmentDraft shipment = context.Draft.Shipments.Find(s => s.Node == store && s.Method == method && !s.IsBackorder)
            ?? context.Draft.AddShipment(id =>
            {
                int readyDay = context.Days.ShipDay(store);
                return new ShipmentDraft
                {
                    Id = id,
                    Node = store,
                    Method = method,
                    Destination = DestinationKind.InStore,
                    DestinationStoreId = request.StoreId,
                    ShipDay = readyDay,
                    DeliveryDay = readyDay,
                };
            });
        context.Draft.Allocate(line, shipment, request.Quantity, product, context.Network.ProductWeightGrams[product], context.Network.ProductAt(product).UnitPrice);
        context.Draft.Notes.Add(string.Create(CultureInfo.InvariantCulture, $"Line {request.LineId}: {request.Quantity} unit(s) {(method == FulfillmentMethod.ReserveInStore ? "held" : "picked")} at store {request.StoreId} from its own stock."));
        whyNot = string.Empty;
        return true;
    }

    private static int Available(DecisionContext context, int product, int node)
    {
        if (context.State.StockOf(product) is not { } stock)
        {
            return 0;
        }

        int at = stock.Find(node);
        return at < 0 ? 0 : stock.Available[at] - context.Draft.ConsumedStock(product, node);
    }
}
