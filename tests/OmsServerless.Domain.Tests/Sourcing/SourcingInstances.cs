using FsCheck;
using FsCheck.Fluent;
using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Network;
using OmsServerless.Domain.Sourcing;
using OmsServerless.Domain.Sourcing.Rules;

namespace OmsServerless.Domain.Tests.Sourcing;

public sealed record NodeSpec(int Place, NodeType Type, int Capacity, int LaborCents, int Priority, bool CanReceive);

public sealed record ProductSpec(int Grams, int Price, bool Hazmat);

public sealed record StockSpec(int Node, int Product, int Available, int Inbound);

public sealed record LineSpec(int Product, int Quantity, DeliveryMethod Method, int Store);

public sealed record RulesSpec(SplitPolicy Policy, int? MaxShipments, FallbackPolicy Fallback, int MinShipmentValue, int StoreSafetyStock, int DistanceWeightThousandths, int PriorityWeightHundredths);

/// <summary>
/// A small random sourcing problem: up to seven nodes at real US places, a few SKUs, sparse stock (some inbound),
/// a mixed-method order and a random rule set. Small enough that the exact search always finishes.
/// </summary>
public sealed record SourcingInstance(
    IReadOnlyList<NodeSpec> Nodes,
    IReadOnlyList<ProductSpec> Products,
    IReadOnlyList<StockSpec> Stock,
    IReadOnlyList<LineSpec> Lines,
    int Destination,
    CustomerPreference Preference,
    RulesSpec Rules,
    int MinuteOfDay)
{
    public SourcingNetwork Network() => SourcingNetwork.Create(
        Nodes.Select((n, i) => n.Type == NodeType.Store
            ? TestNodes.Store(NodeId(i), Places.All[n.Place], n.Priority, n.Capacity, n.LaborCents / 100m,
                NodeCapabilities.Ship | NodeCapabilities.Pickup | (n.CanReceive ? NodeCapabilities.ShipToStoreReceiving : NodeCapabilities.None))
            : TestNodes.Node(NodeId(i), n.Type, Places.All[n.Place], n.Priority, n.Capacity, n.LaborCents / 100m)),
        Products.Select((p, i) => TestProducts.Item(Sku(i), p.Grams / 1000.0, p.Price, hazmat: p.Hazmat)),
        [TestRates.Parcel()]);

    public SourcingState State(SourcingNetwork network) =>
        SourcingState.Create(network, Stock.Select(s => new StockLevel(Sku(s.Product), NodeId(s.Node), s.Available, s.Inbound)));

    public SourcingRequest Request() => new(
        "ORDER-P",
        SalesChannel.Web,
        Preference,
        new SourcingDestination(Places.All[Destination]),
        [.. Lines.Select((l, i) => new SourcingLine($"L{i + 1}", Sku(l.Product), l.Quantity, l.Method, l.Method == DeliveryMethod.ShipToAddress ? null : NodeId(l.Store)))],
        new DateTimeOffset(2025, 3, 12, 0, 0, 0, TimeSpan.FromHours(-4)).AddMinutes(MinuteOfDay));

    public SourcingRuleSet RuleSet(bool exact) => (TestRules.Plain() with
    {
        Ranking = new RankingRules(
            RankingMode.Weighted,
            new RankingWeights(1, 1, Rules.DistanceWeightThousandths / 1000.0, 0.5, 0.5, Rules.PriorityWeightHundredths / 100.0),
            []),
        Search = exact ? SearchSettings.Default : new SearchSettings(0, 0, 1),
    })
        .WithSplit(Rules.Policy, Rules.MaxShipments, Rules.MinShipmentValue)
        .WithFallback(Rules.Fallback)
        .WithEligibility(e => e with { SafetyStock = new SafetyStockRules(0, [new NodeTypeSafetyStock(NodeType.Store, Rules.StoreSafetyStock)]) });

    public static string NodeId(int index) => $"N{index}";

    public static string Sku(int index) => $"SKU-{index}";
}

public static class SourcingInstanceArbitrary
{
    public static Arbitrary<SourcingInstance> Instances() => Arb.From(Generate());

    private static Gen<SourcingInstance> Generate() =>
        from nodeCount in Gen.Choose(2, 7)
        from productCount in Gen.Choose(1, 4)
        from nodes in Gen.ListOf(NodeGen(), nodeCount)
        from products in Gen.ListOf(ProductGen(), productCount)
        from stock in StockGen(nodeCount, productCount)
        from lineCount in Gen.Choose(1, 4)
        from lines in Gen.ListOf(LineGen(productCount, nodeCount), lineCount)
        from destination in Gen.Choose(0, Places.All.Length - 1)
        from preference in Gen.Elements(Enum.GetValues<CustomerPreference>())
        from rules in RulesGen()
        from minute in Gen.Choose(0, (24 * 60) - 1)
        select new SourcingInstance(nodes, products, stock, lines, destination, preference, rules, minute);

    private static Gen<NodeSpec> NodeGen() =>
        from place in Gen.Choose(0, Places.All.Length - 1)
        from type in Gen.Elements(NodeType.Store, NodeType.Store, NodeType.DistributionCenter, NodeType.ThirdPartyLogistics)
        from capacity in Gen.Frequency((1, Gen.Constant(0)), (2, Gen.Choose(1, 4)), (5, Gen.Choose(5, 200)))
        from labor in Gen.Choose(30, 300)
        from priority in Gen.Choose(1, 3)
        from canReceive in Gen.Elements(true, true, false)
        select new NodeSpec(place, type, capacity, labor, priority, canReceive);

    private static Gen<ProductSpec> ProductGen() =>
        from grams in Gen.Choose(100, 9000)
        from price in Gen.Choose(5, 120)
        from hazmat in Gen.Elements(false, false, false, true)
        select new ProductSpec(grams, price, hazmat);

    private static Gen<List<StockSpec>> StockGen(int nodes, int products) =>
        Gen.CollectToList(
            Enumerable.Range(0, nodes * products),
            cell => from available in Gen.Choose(-3, 6)
                    from inbound in Gen.Choose(-4, 3)
                    select new StockSpec(cell / products, cell % products, Math.Max(0, available), Math.Max(0, inbound)));

    private static Gen<LineSpec> LineGen(int products, int nodes) =>
        from product in Gen.Choose(0, products - 1)
        from quantity in Gen.Choose(1, 4)
        from method in Gen.Frequency(
            (7, Gen.Constant(DeliveryMethod.ShipToAddress)),
            (1, Gen.Constant(DeliveryMethod.Bopis)),
            (1, Gen.Constant(DeliveryMethod.Ropis)),
            (1, Gen.Constant(DeliveryMethod.ShipToStore)))
        from store in Gen.Choose(0, nodes - 1)
        select new LineSpec(product, quantity, method, store);

    private static Gen<RulesSpec> RulesGen() =>
        from policy in Gen.Elements(Enum.GetValues<SplitPolicy>())
        from max in Gen.Elements<int?>(null, 1, 2, 3)
        from fallback in Gen.Elements(Enum.GetValues<FallbackPolicy>())
        from minValue in Gen.Elements(0, 0, 30)
        from safety in Gen.Elements(0, 1)
        from distance in Gen.Elements(0, 1, 5)
        from priority in Gen.Elements(0, 10, 100)
        select new RulesSpec(policy, policy == SplitPolicy.NoSplit ? null : max, fallback, minValue, safety, distance, priority);
}
