using System.Globalization;
using OmsServerless.Domain.Catalog;
using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Geography;
using OmsServerless.Domain.Network;
using OmsServerless.Domain.Shipping;
using OmsServerless.Domain.Sourcing;

namespace OmsServerless.WhatIf;

/// <summary>
/// Builds plausible synthetic retail scenarios: stores clustered in US metros by population, a few DCs at the largest
/// hubs, some 3PLs and drop-shippers; each SKU stocked at about <see cref="GeneratorOptions.CarryShare"/> of nodes;
/// customers spread over the metros like the population. The same options and seed always give the same scenario.
/// </summary>
public static class ScenarioGenerator
{
    private static readonly DateTimeOffset Day = new(2025, 6, 2, 12, 0, 0, TimeSpan.Zero);

    public static WhatIfScenario Generate(GeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var random = new Random(options.Seed);
        FulfillmentNode[] nodes = Nodes(options.Nodes, random);
        Product[] products = Products(options.Skus, random);
        StockLevel[] inventory = Inventory(nodes, products, options.CarryShare, random);
        SourcingRequest[] orders = Orders(options, nodes, products, random);
        return new WhatIfScenario(nodes, products, inventory, null, StandardUsRateCards.All, orders);
    }

    private static FulfillmentNode[] Nodes(int count, Random random)
    {
        int dcs = Math.Max(1, (int)Math.Round(count * 0.05));
        int thirdParty = (int)Math.Round(count * 0.03);
        int dropShippers = (int)Math.Round(count * 0.03);
        UsMetro[] hubs = [.. UsMetro.All.OrderByDescending(m => m.PopulationMillions)];
        var nodes = new FulfillmentNode[count];
        for (int i = 0; i < count; i++)
        {
            NodeType type = i < dcs ? NodeType.DistributionCenter
                : i < dcs + thirdParty ? NodeType.ThirdPartyLogistics
                : i < dcs + thirdParty + dropShippers ? NodeType.DropShipper
                : NodeType.Store;
            UsMetro metro = type == NodeType.DistributionCenter ? hubs[i % hubs.Length] : PickMetro(random);
            nodes[i] = Node(i, type, metro, random);
        }

        return nodes;
    }

    private static FulfillmentNode Node(int index, NodeType type, UsMetro metro, Random random)
    {
        (string prefix, NodeCapabilities capabilities, decimal labor, int capacity, int priority, int cutoffHour) = type switch
        {
            NodeType.DistributionCenter => ("DC", NodeCapabilities.Ship | NodeCapabilities.Returns, Money(random, 0.35, 0.60), random.Next(5000, 20000), 1, 19),
            NodeType.ThirdPartyLogistics => ("3PL", NodeCapabilities.Ship, Money(random, 0.70, 1.00), random.Next(1500, 3000), 2, 17),
            NodeType.DropShipper => ("DS", NodeCapabilities.Ship, Money(random, 0.20, 0.40), random.Next(300, 800), 3, 15),
            _ => ("ST", NodeCapabilities.Ship | NodeCapabilities.Pickup | NodeCapabilities.ShipToStoreReceiving | NodeCapabilities.Returns, Money(random, 1.10, 1.90), random.Next(150, 400), 2, 16),
        };
        string id = string.Create(CultureInfo.InvariantCulture, $"{prefix}-{index:0000}");
        double spread = type == NodeType.Store ? 0.25 : 0.45;
        return new FulfillmentNode(
            id,
            $"{metro.Name} {prefix} {index}",
            type,
            new NodeAddress($"{100 + index} Commerce Way", metro.Name, metro.State, "00000", "US"),
            Jitter(metro.Center, spread, random),
            metro.Region,
            capabilities,
            capacity,
            new TimeOnly(cutoffHour, 0),
            metro.TimeZoneId,
            labor,
            priority);
    }

    private static Product[] Products(int count, Random random)
    {
        var products = new Product[count];
        for (int i = 0; i < count; i++)
        {
            bool oversize = random.NextDouble() < 0.02;
            double weight = oversize ? 15 + (random.NextDouble() * 10) : Math.Round(0.15 + (Math.Pow(random.NextDouble(), 2) * 6), 2);
            products[i] = new Product(
                string.Create(CultureInfo.InvariantCulture, $"SKU-{i:00000}"),
                string.Create(CultureInfo.InvariantCulture, $"Product {i}"),
                Categories[i % Categories.Length],
                Money(random, 8, 180),
                weight,
                oversize,
                Hazmat: random.NextDouble() < 0.03);
        }

        return products;
    }

    private static readonly string[] Categories = ["Apparel", "Footwear", "Home", "Electronics", "Beauty", "Outdoor", "Toys"];

    private static StockLevel[] Inventory(FulfillmentNode[] nodes, Product[] products, double carryShare, Random random)
    {
        var stock = new List<StockLevel>();
        foreach (Product product in products)
        {
            foreach (FulfillmentNode node in nodes)
            {
                bool bulk = node.Type is NodeType.DistributionCenter or NodeType.ThirdPartyLogistics;
                if (random.NextDouble() >= (bulk ? Math.Min(1, carryShare * 2.3) : carryShare))
                {
                    continue;
                }

                int available = bulk ? random.Next(10, 200) : random.Next(0, 9);
                int inbound = random.NextDouble() < 0.1 ? random.Next(5, 50) : 0;
                stock.Add(new StockLevel(product.Sku, node.NodeId, available, inbound));
            }
        }

        return [.. stock];
    }

    private static SourcingRequest[] Orders(GeneratorOptions options, FulfillmentNode[] nodes, Product[] products, Random random)
    {
        FulfillmentNode[] stores = [.. nodes.Where(n => n.Type == NodeType.Store)];
        var orders = new SourcingRequest[options.Orders];
        for (int o = 0; o < orders.Length; o++)
        {
            UsMetro metro = PickMetro(random);
            GeoPoint destination = Jitter(metro.Center, 0.4, random);
            int lineCount = options.LinesPerOrder > 0 ? options.LinesPerOrder : Weighted(random, [45, 30, 15, 10]) + 1;
            var skus = new HashSet<int>();
            while (skus.Count < Math.Min(lineCount, products.Length))
            {
                skus.Add(random.Next(products.Length));
            }

            FulfillmentNode? nearestStore = stores.Length == 0 ? null : stores.MinBy(s => s.Location.DistanceKmTo(destination));
            var lines = new List<SourcingLine>();
            foreach (int sku in skus.Order())
            {
                DeliveryMethod method = options.ShipToAddressOnly || nearestStore is null
                    ? DeliveryMethod.ShipToAddress
                    : (DeliveryMethod)Weighted(random, [85, 7, 3, 5]);
                int quantity = Weighted(random, [75, 18, 7]) + 1;
                string lineId = string.Create(CultureInfo.InvariantCulture, $"{lines.Count + 1}");
                lines.Add(new SourcingLine(lineId, products[sku].Sku, quantity, method, method == DeliveryMethod.ShipToAddress ? null : nearestStore!.NodeId));
            }

            orders[o] = new SourcingRequest(
                string.Create(CultureInfo.InvariantCulture, $"ORD-{o + 1:000000}"),
                (SalesChannel)Weighted(random, [55, 25, 5, 10, 5]),
                options.ShipToAddressOnly ? CustomerPreference.Standard : (CustomerPreference)Weighted(random, [80, 10, 5, 5]),
                new SourcingDestination(destination, metro.State),
                lines,
                Day.AddMinutes(random.Next(0, 24 * 60)));
        }

        return orders;
    }

    private static UsMetro PickMetro(Random random)
    {
        double total = UsMetro.All.Sum(m => m.PopulationMillions);
        double pick = random.NextDouble() * total;
        foreach (UsMetro metro in UsMetro.All)
        {
            pick -= metro.PopulationMillions;
            if (pick < 0)
            {
                return metro;
            }
        }

        return UsMetro.All[^1];
    }

    private static int Weighted(Random random, int[] weights)
    {
        int pick = random.Next(weights.Sum());
        for (int i = 0; i < weights.Length; i++)
        {
            pick -= weights[i];
            if (pick < 0)
            {
                return i;
            }
        }

        return weights.Length - 1;
    }

    private static GeoPoint Jitter(GeoPoint center, double degrees, Random random) =>
        new(center.Latitude + ((random.NextDouble() - 0.5) * degrees), center.Longitude + ((random.NextDouble() - 0.5) * degrees * 1.3));

    private static decimal Money(Random random, double min, double max) => Math.Round((decimal)(min + (random.NextDouble() * (max - min))), 2);
}
