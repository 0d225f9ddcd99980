using OmsServerless.Domain.Network;
using OmsServerless.Domain.RuleSets;
using OmsServerless.Domain.Shipping;
using OmsServerless.Domain.Sourcing.Decisions;
using OmsServerless.Domain.Sourcing.Rules;

namespace OmsServerless.Domain.Sourcing.Engine;

/// <summary>Turns the finished draft into the immutable decision: prices each shipment, orders allocations, totals, outcome.</summary>
internal static class DecisionAssembler
{
    public static SourcingDecision Assemble(DecisionContext context)
    {
        DecisionDraft draft = context.Draft;
        SourcingRequest request = context.Request;
        var shipments = new PlannedShipment[draft.Shipments.Count];
        for (int i = 0; i < shipments.Length; i++)
        {
            shipments[i] = Price(context, draft.Shipments[i]);
        }

        AllocationDraft[] ordered = [.. draft.Allocations];
        int[] shipmentOrder = new int[ordered.Length];
        for (int i = 0; i < ordered.Length; i++)
        {
            shipmentOrder[i] = draft.Shipments.IndexOf(ordered[i].Shipment);
        }

        int[] positions = [.. Enumerable.Range(0, ordered.Length)];
        Array.Sort(positions, (a, b) => ordered[a].Line != ordered[b].Line ? ordered[a].Line.CompareTo(ordered[b].Line) : shipmentOrder[a].CompareTo(shipmentOrder[b]));
        var allocations = new Allocation[ordered.Length];
        for (int i = 0; i < positions.Length; i++)
        {
            AllocationDraft a = ordered[positions[i]];
            SourcingLine line = request.Lines[a.Line];
            allocations[i] = new Allocation(line.LineId, line.Sku, context.Network.NodeAt(a.Node).NodeId, a.Quantity, line.Method, a.Method, a.Shipment.Id, a.Shipment.IsBackorder);
        }

        var unfillable = new List<UnfillableQuantity>();
        for (int line = 0; line < draft.Missing.Length; line++)
        {
            if (draft.Missing[line] > 0)
            {
                SourcingLine requestLine = request.Lines[line];
                unfillable.Add(new UnfillableQuantity(requestLine.LineId, requestLine.Sku, draft.Missing[line], draft.MissingReason[line], draft.MissingDetail[line]));
            }
        }

        DecisionTotals totals = Totals(request, shipments, unfillable);
        return new SourcingDecision(
            request.OrderId,
            Outcome(context.RuleSet.Fallback.Policy, totals),
            draft.Mode,
            new RuleSetReference(context.RuleSet.Id, context.RuleSet.Version),
            request.Now,
            allocations,
            shipments,
            unfillable,
            totals,
            new DecisionExplanation(draft.Destinations, draft.Notes));
    }

    private static PlannedShipment Price(DecisionContext context, ShipmentDraft shipment)
    {
        FulfillmentNode node = context.Network.NodeAt(shipment.Node);
        bool carried = shipment.Destination != DestinationKind.InStore;
        RateQuote? quote = shipment.Quote ?? (carried
            ? context.Network.Rates.Quote(shipment.DistanceKm, shipment.Grams / 1000.0, context.Objective.ServiceLevel)
            : null);
        decimal shipping = quote?.Price ?? 0m;
        decimal handling = carried ? context.RuleSet.Costs.HandlingPerShipment : 0m;
        decimal labor = node.LaborCostPerUnit * shipment.Units;
        return new PlannedShipment(
            shipment.Id,
            node.NodeId,
            node.Type,
            shipment.Method,
            shipment.Destination,
            shipment.DestinationStoreId,
            quote?.CarrierId,
            quote?.ServiceCode,
            quote?.Zone,
            quote?.TransitDays,
            shipment.Units,
            shipment.Grams / 1000.0,
            Rounding.Km(shipment.DistanceKm),
            shipment.Value,
            shipping,
            handling,
            labor,
            shipping + handling + labor,
            shipment.ShipDay is { } ship ? DateOnly.FromDayNumber(ship) : null,
            shipment.DeliveryDay is { } delivery ? DateOnly.FromDayNumber(delivery) : null,
            shipment.IsBackorder);
    }

    private static DecisionTotals Totals(SourcingRequest request, PlannedShipment[] shipments, List<UnfillableQuantity> unfillable)
    {
        int requested = 0;
        foreach (SourcingLine line in request.Lines)
        {
            requested += line.Quantity;
        }

        int allocated = 0;
        int backordered = 0;
        int fromStock = 0;
        decimal shipping = 0;
        decimal handling = 0;
        decimal labor = 0;
        double distance = 0;
        DateOnly? latest = null;
        foreach (PlannedShipment shipment in shipments)
        {
            shipping += shipment.ShippingCost;
            handling += shipment.HandlingCost;
            labor += shipment.LaborCost;
            distance += shipment.DistanceKm;
            if (shipment.IsBackorder)
            {
                backordered += shipment.Units;
                continue;
            }

            fromStock++;
            allocated += shipment.Units;
            if (shipment.EstimatedDelivery is { } delivery && (latest is null || delivery > latest))
            {
                latest = delivery;
            }
        }

        int missing = unfillable.Sum(u => u.Quantity);
        return new DecisionTotals(requested, allocated, backordered, missing, fromStock, shipping, handling, labor, shipping + handling + labor, Rounding.Km(distance), latest);
    }

    private static SourcingOutcome Outcome(FallbackPolicy policy, DecisionTotals totals)
    {
        if (totals.UnitsUnfillable == 0 && totals.UnitsBackordered == 0)
        {
            return SourcingOutcome.Allocated;
        }

        if (policy == FallbackPolicy.ParkForReview)
        {
            return SourcingOutcome.ParkedForReview;
        }

        if (totals.UnitsBackordered > 0)
        {
            return SourcingOutcome.Backordered;
        }

        return totals.UnitsAllocated > 0 ? SourcingOutcome.PartiallyAllocated : SourcingOutcome.Unfillable;
    }
}
