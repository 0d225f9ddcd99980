using System.Security.Cryptography;
using System.Text.Json;
using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Geography;
using OmsServerless.Domain.Network;
using OmsServerless.Domain.Shipping;
using OmsServerless.Domain.Sourcing;
using OmsServerless.Domain.Sourcing.Rules;

namespace OmsServerless.Domain.Tests.Sourcing;

/// <summary>
/// A characterization check for engine optimisations: thousands of generated decisions (small, medium and large
/// networks; several rule sets, split policies and preferences; mixed delivery methods) serialized and hashed. Work
/// on the engine's speed must leave the digest exactly as it is. The expected digest was computed from the engine
/// as it stood before the sourcing-speed work began; change it only for a deliberate change of decisions.
/// </summary>
public sealed class DecisionDigestTests
{
    private const string Expected = "B6373719A5976021B438C862A4792D48C05C5DEE57BA476DF442A8EC903AFB66";

    [Fact]
    public void Generated_decisions_are_unchanged()
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach ((int nodes, int orders, int seed) in new[] { (30, 240, 1), (300, 240, 2), (1200, 120, 3) })
        {
            var random = new Random(seed);
            FulfillmentNode[] network = [.. Enumerable.Range(0, nodes).Select(i => Node(i, random))];
            string[] skus = [.. Enumerable.Range(0, 60).Select(i => $"SKU-{i}")];
            var products = skus.Select((sku, i) => TestProducts.Item(sku, 0.1 + (random.NextDouble() * (i % 10 == 0 ? 20 : 4)), 5 + random.Next(150), hazmat: i % 17 == 0, oversize: i % 23 == 0)).ToList();
            var stock = new List<StockLevel>();
            foreach (string sku in skus)
            {
                foreach (FulfillmentNode node in network)
                {
                    if (random.NextDouble() < (node.Type == NodeType.Store ? 0.3 : 0.7))
                    {
                        stock.Add(new StockLevel(sku, node.NodeId, random.Next(0, node.Type == NodeType.Store ? 9 : 120), random.NextDouble() < 0.1 ? random.Next(1, 30) : 0));
                    }
                }
            }

            var capacity = network.Where(_ => random.NextDouble() < 0.05).Select(n => new NodeCapacity(n.NodeId, random.Next(0, 4))).ToList();
            var sourcingNetwork = SourcingNetwork.Create(network, products, StandardUsRateCards.All);
            var state = SourcingState.Create(sourcingNetwork, stock, capacity);
            SourcingRequest[] requests = [.. Enumerable.Range(0, orders).Select(o => Order(o, network, skus, random))];
            foreach (SourcingRuleSet rules in RuleSets())
            {
                var engine = new SourcingEngine(sourcingNetwork, rules);
                foreach (SourcingRequest request in requests)
                {
                    hash.AppendData(JsonSerializer.SerializeToUtf8Bytes(engine.Decide(request, state), SourcingJson.Options));
                }
            }
        }

        Assert.Equal(Expected, Convert.ToHexString(hash.GetHashAndReset()));
    }

    private static IEnumerable<SourcingRuleSet> RuleSets()
    {
        SourcingRuleSet defaults = DefaultRuleSet.Instance;
        yield return defaults;
        yield return defaults with { Split = new SplitRules(SplitPolicy.MinimizeShipments, 3, 15m) };
        yield return defaults with { Split = new SplitRules(SplitPolicy.SplitByLine, null, 0m), Fallback = new FallbackRules(FallbackPolicy.PartialCancel) };
        yield return TestRules.CostOnly().WithSplit(SplitPolicy.SplitByUnit, 4);
        yield return TestRules.TieBreakers(RankingCriterion.Distance, RankingCriterion.ShippingCost, RankingCriterion.Priority).WithSplit(SplitPolicy.NoSplit);
    }

    private static FulfillmentNode Node(int index, Random random)
    {
        NodeType type = (index % 20) switch
        {
            0 => NodeType.DistributionCenter,
            1 => NodeType.ThirdPartyLogistics,
            2 => NodeType.DropShipper,
            _ => NodeType.Store,
        };
        string[] zones = ["America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles"];
        var location = new GeoPoint(26 + (random.NextDouble() * 21), -122 + (random.NextDouble() * 50));
        return TestNodes.Node(
            $"N{index}",
            type,
            location,
            1 + random.Next(3),
            type == NodeType.Store ? 50 + random.Next(300) : 1000 + random.Next(5000),
            Math.Round((decimal)(0.3 + (random.NextDouble() * 1.5)), 2),
            type == NodeType.Store ? TestNodes.Everything : NodeCapabilities.Ship,
            region: location.Longitude < -100 ? "West" : "East",
            cutoff: new TimeOnly(14 + random.Next(6), 0),
            timeZone: zones[(int)((location.Longitude + 122) / 12.5)]);
    }

    private static SourcingRequest Order(int number, FulfillmentNode[] network, string[] skus, Random random)
    {
        int lineCount = 1 + (random.Next(10) switch { < 4 => 0, < 6 => 1, < 8 => 2, 8 => 3, _ => 5 });
        var lines = new List<SourcingLine>();
        foreach (string sku in skus.OrderBy(_ => random.Next()).Take(lineCount))
        {
            DeliveryMethod method = random.Next(10) switch { < 7 => DeliveryMethod.ShipToAddress, 7 => DeliveryMethod.Bopis, 8 => DeliveryMethod.Ropis, _ => DeliveryMethod.ShipToStore };
            string? store = method == DeliveryMethod.ShipToAddress ? null : network[random.Next(network.Length)].NodeId;
            lines.Add(new SourcingLine($"L{lines.Count + 1}", sku, 1 + (random.Next(4) == 0 ? random.Next(4) : 0), method, store));
        }

        return new SourcingRequest(
            $"ORDER-{number}",
            (SalesChannel)random.Next(5),
            (CustomerPreference)random.Next(4),
            new SourcingDestination(new GeoPoint(26 + (random.NextDouble() * 21), -122 + (random.NextDouble() * 50))),
            lines,
            new DateTimeOffset(2025, 6, 2, 0, 0, 0, TimeSpan.Zero).AddMinutes(random.Next(24 * 60)));
    }
}
