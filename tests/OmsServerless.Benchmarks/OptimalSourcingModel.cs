using Google.OrTools.LinearSolver;
using OmsServerless.Domain.Catalog;
using OmsServerless.Domain.Network;
using OmsServerless.Domain.Shipping;
using OmsServerless.Domain.Sourcing;

namespace OmsServerless.Benchmarks;

/// <summary>
/// The exact optimum of the engine's cost model as a mixed-integer programme, solved by SCIP through OR-Tools.
/// Per candidate node n: integer units x[n,l] of each line, a parcel indicator y[n], and one weight-tier indicator
/// z[n,t] per breakpoint of the rate cards (the cheapest price is constant between breakpoints, so choosing the tier
/// whose limit covers the parcel's weight linearises the step-shaped carrier price). Minimise
/// sum_n (handling * y[n] + sum_t price[n,t] * z[n,t] + labour[n] * sum_l x[n,l]) subject to: every line filled,
/// x[n,l] &lt;= available * y[n], sum_t z[n,t] = y[n], parcel grams &lt;= sum_t limit[t] * z[n,t], and units within
/// the node's remaining capacity.
/// </summary>
public static class OptimalSourcingModel
{
    public sealed record Result(double Cost, bool ProvenOptimal, double Seconds);

    /// <summary>The optimum, or null when the order cannot be filled completely.</summary>
    public static Result? Solve(ShipmentCostModel model, SourcingState state, SourcingRequest order, int timeLimitSeconds)
    {
        SourcingNetwork network = model.Network;
        using Solver solver = Solver.CreateSolver("SCIP") ?? throw new InvalidOperationException("OR-Tools has no SCIP solver in this build.");
        solver.SetTimeLimit(timeLimitSeconds * 1000L);
        Product[] products = [.. order.Lines.Select(l => network.Products.Single(p => p.Sku == l.Sku))];
        long[] grams = [.. products.Select(p => Grams(p.WeightKg))];
        double[] breakpoints = [.. network.Rates.WeightBreakpointsKg];
        var filled = new LinearExpr[order.Lines.Count];
        for (int l = 0; l < filled.Length; l++)
        {
            filled[l] = new LinearExpr();
        }

        var objective = new LinearExpr();
        foreach (FulfillmentNode node in network.Nodes)
        {
            AddNode(solver, model, state, order, node, products, grams, breakpoints, filled, ref objective);
        }

        for (int l = 0; l < filled.Length; l++)
        {
            solver.Add(filled[l] == order.Lines[l].Quantity);
        }

        solver.Minimize(objective);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Solver.ResultStatus status = solver.Solve();
        double seconds = clock.Elapsed.TotalSeconds;
        return status switch
        {
            Solver.ResultStatus.OPTIMAL => new Result(solver.Objective().Value(), true, seconds),
            Solver.ResultStatus.FEASIBLE => new Result(solver.Objective().Value(), false, seconds),
            _ => null,
        };
    }

    private static void AddNode(
        Solver solver,
        ShipmentCostModel model,
        SourcingState state,
        SourcingRequest order,
        FulfillmentNode node,
        Product[] products,
        long[] grams,
        double[] breakpoints,
        LinearExpr[] filled,
        ref LinearExpr objective)
    {
        int[] available = [.. order.Lines.Select(l => Math.Min(l.Quantity, state.AvailableToPromise(l.Sku, node.NodeId)))];
        int capacity = state.RemainingCapacity(node.NodeId);
        if (available.All(a => a == 0) || capacity <= 0)
        {
            return;
        }

        double km = node.Location.DistanceKmTo(order.Destination.Location);
        double?[] price = [.. breakpoints.Select(kg => (double?)model.Network.Rates.Quote(km, kg, ServiceLevel.Cheapest)?.Price)];
        if (price.All(p => p is null))
        {
            return;
        }

        Variable parcel = solver.MakeBoolVar($"y_{node.NodeId}");
        objective += (double)model.HandlingPerShipment * parcel;
        var units = new LinearExpr();
        var weight = new LinearExpr();
        for (int l = 0; l < available.Length; l++)
        {
            if (available[l] == 0)
            {
                continue;
            }

            Variable x = solver.MakeIntVar(0, available[l], $"x_{node.NodeId}_{l}");
            solver.Add(x <= available[l] * parcel);
            filled[l] += x;
            units += x;
            weight += grams[l] * x;
        }

        var tiers = new LinearExpr();
        var limit = new LinearExpr();
        for (int t = 0; t < breakpoints.Length; t++)
        {
            if (price[t] is not { } tierPrice)
            {
                continue;
            }

            Variable tier = solver.MakeBoolVar($"z_{node.NodeId}_{t}");
            tiers += tier;
            limit += Grams(breakpoints[t]) * tier;
            objective += tierPrice * tier;
        }

        solver.Add(tiers == parcel);
        solver.Add(weight <= limit);
        solver.Add(units <= capacity);
        objective += (double)node.LaborCostPerUnit * units;
    }

    private static long Grams(double kilograms) => (long)Math.Round(kilograms * 1000, MidpointRounding.AwayFromZero);
}
