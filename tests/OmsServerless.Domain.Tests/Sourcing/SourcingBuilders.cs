using OmsServerless.Domain.Catalog;
using OmsServerless.Domain.Fulfillment;
using OmsServerless.Domain.Geography;
using OmsServerless.Domain.Network;
using OmsServerless.Domain.Shipping;
using OmsServerless.Domain.Sourcing;
using OmsServerless.Domain.Sourcing.Decisions;
using OmsServerless.Domain.Sourcing.Rules;

namespace OmsServerless.Domain.Tests.Sourcing;

/// <summary>Real places the scenarios are set in.</summary>
internal static class Places
{
    public static readonly GeoPoint Manhattan = new(40.7128, -74.0060);
    public static readonly GeoPoint Brooklyn = new(40.6782, -73.9442);
    public static readonly GeoPoint Newark = new(40.7357, -74.1724);
    public static readonly GeoPoint Stamford = new(41.0534, -73.5387);
    public static readonly GeoPoint Philadelphia = new(39.9526, -75.1652);
    public static readonly GeoPoint Boston = new(42.3601, -71.0589);
    public static readonly GeoPoint Baltimore = new(39.2904, -76.6122);
    public static readonly GeoPoint Pittsburgh = new(40.4406, -79.9959);
    public static readonly GeoPoint Chicago = new(41.8781, -87.6298);
    public static readonly GeoPoint Atlanta = new(33.7490, -84.3880);
    public static readonly GeoPoint Dallas = new(32.7767, -96.7970);
    public static readonly GeoPoint Denver = new(39.7392, -104.9903);
    public static readonly GeoPoint LosAngeles = new(34.0522, -118.2437);
    public static readonly GeoPoint Seattle = new(47.6062, -122.3321);

    public static readonly GeoPoint[] All =
        [Manhattan, Brooklyn, Newark, Stamford, Philadelphia, Boston, Baltimore, Pittsburgh, Chicago, Atlanta, Dallas, Denver, LosAngeles, Seattle];
}

internal static class TestNodes
{
    public const NodeCapabilities Everything = NodeCapabilities.Ship | NodeCapabilities.Pickup | NodeCapabilities.ShipToStoreReceiving | NodeCapabilities.Returns;

    public static FulfillmentNode Store(
        string id,
        GeoPoint location,
        int priority = 1,
        int dailyCapacity = 200,
        decimal laborCostPerUnit = 1.00m,
        NodeCapabilities capabilities = Everything,
        string region = "Northeast",
        string state = "NY",
        TimeOnly? cutoff = null,
        string timeZone = "America/New_York") =>
        Node(id, NodeType.Store, location, priority, dailyCapacity, laborCostPerUnit, capabilities, region, state, cutoff, timeZone);

    public static FulfillmentNode DistributionCenter(
        string id,
        GeoPoint location,
        int priority = 1,
        int dailyCapacity = 5000,
        decimal laborCostPerUnit = 0.50m,
        string region = "Northeast",
        string state = "NJ",
        TimeOnly? cutoff = null,
        string timeZone = "America/New_York") =>
        Node(id, NodeType.DistributionCenter, location, priority, dailyCapacity, laborCostPerUnit, NodeCapabilities.Ship, region, state, cutoff, timeZone);

    public static FulfillmentNode Node(
        string id,
        NodeType type,
        GeoPoint location,
        int priority = 1,
        int dailyCapacity = 1000,
        decimal laborCostPerUnit = 0.75m,
        NodeCapabilities capabilities = NodeCapabilities.Ship,
        string region = "Northeast",
        string state = "NY",
        TimeOnly? cutoff = null,
        string timeZone = "America/New_York") =>
        new(
            id,
            id,
            type,
            new NodeAddress("1 Main St", "Somewhere", state, "00000", "US"),
            location,
            region,
            capabilities,
            dailyCapacity,
            cutoff ?? new TimeOnly(17, 0),
            timeZone,
            laborCostPerUnit,
            priority);
}

internal static class TestProducts
{
    public static Product Item(string sku, double weightKg = 1.0, decimal unitPrice = 25m, bool hazmat = false, bool oversize = false) =>
        new(sku, sku, "General", unitPrice, weightKg, oversize, hazmat);
}

internal static class TestRates
{
    /// <summary>
    /// One parcel carrier with distance zones and two services. Ground is cheaper and slower; express is faster.
    /// Prices rise with zone and weight tier.
    /// </summary>
    public static CarrierRateCard Parcel() => new(
        "PARCEL",
        [new("1", 150), new("2", 400), new("3", 900), new("4", 1800), new("5", 3200), new("6", 5500)],
        [
            new CarrierService(
                "GROUND",
                [1, 2, 3, 4, 5, 6],
                [
                    new WeightTier(1, [6.00m, 6.80m, 7.60m, 8.50m, 9.40m, 10.50m]),
                    new WeightTier(5, [8.00m, 9.10m, 10.30m, 11.60m, 13.00m, 14.60m]),
                    new WeightTier(10, [10.50m, 12.00m, 13.70m, 15.50m, 17.40m, 19.60m]),
                    new WeightTier(30, [16.00m, 18.50m, 21.20m, 24.10m, 27.20m, 30.60m]),
                ]),
            new CarrierService(
                "EXPRESS",
                [1, 1, 1, 2, 2, 2],
                [
                    new WeightTier(1, [14.00m, 16.00m, 19.00m, 23.00m, 27.00m, 31.00m]),
                    new WeightTier(5, [18.00m, 21.00m, 25.00m, 30.00m, 35.00m, 40.00m]),
                    new WeightTier(10, [24.00m, 28.00m, 33.00m, 39.00m, 45.00m, 52.00m]),
                    new WeightTier(30, [36.00m, 42.00m, 49.00m, 57.00m, 66.00m, 76.00m]),
                ]),
        ]);
}

internal static class TestRules
{
    /// <summary>The default rule set with the extras that make scenarios harder to read switched off.</summary>
    public static SourcingRuleSet Plain() => DefaultRuleSet.Instance with
    {
        Id = "test",
        Eligibility = DefaultRuleSet.Instance.Eligibility with
        {
            SafetyStock = new SafetyStockRules(0, []),
            MaxDistanceKm = null,
        },
        Explanation = new ExplanationSettings(10),
    };

    public static SourcingRuleSet CostOnly() => Plain() with
    {
        Ranking = new RankingRules(RankingMode.Weighted, new RankingWeights(1, 1, 0, 0, 0, 0), []),
    };

    public static SourcingRuleSet TieBreakers(params RankingCriterion[] criteria) => Plain() with
    {
        Ranking = new RankingRules(RankingMode.TieBreaker, new RankingWeights(0, 0, 0, 0, 0, 0), criteria),
    };

    public static SourcingRuleSet WithSplit(this SourcingRuleSet rules, SplitPolicy policy, int? maxShipments = null, decimal minShipmentValue = 0) =>
        rules with { Split = new SplitRules(policy, maxShipments, minShipmentValue) };

    public static SourcingRuleSet WithFallback(this SourcingRuleSet rules, FallbackPolicy policy) =>
        rules with { Fallback = new FallbackRules(policy) };

    public static SourcingRuleSet WithEligibility(this SourcingRuleSet rules, Func<EligibilityRules, EligibilityRules> change) =>
        rules with { Eligibility = change(rules.Eligibility) };
}

/// <summary>Builds an order with readable defaults: a web order to Manhattan at 10:00 New York time.</summary>
internal sealed class OrderBuilder
{
    public static readonly DateTimeOffset MorningInNewYork = new(2025, 3, 12, 10, 0, 0, TimeSpan.FromHours(-4));

    private readonly List<SourcingLine> _lines = [];
    private GeoPoint _destination = Places.Manhattan;
    private string? _region;
    private SalesChannel _channel = SalesChannel.Web;
    private CustomerPreference _preference = CustomerPreference.Standard;
    private DateTimeOffset _now = MorningInNewYork;

    public OrderBuilder To(GeoPoint destination, string? region = null)
    {
        _destination = destination;
        _region = region;
        return this;
    }

    public OrderBuilder Via(SalesChannel channel)
    {
        _channel = channel;
        return this;
    }

    public OrderBuilder Preferring(CustomerPreference preference)
    {
        _preference = preference;
        return this;
    }

    public OrderBuilder At(DateTimeOffset now)
    {
        _now = now;
        return this;
    }

    public OrderBuilder Ship(string sku, int quantity) => Line(sku, quantity, DeliveryMethod.ShipToAddress, null);

    public OrderBuilder Line(string sku, int quantity, DeliveryMethod method, string? storeId)
    {
        _lines.Add(new SourcingLine($"L{_lines.Count + 1}", sku, quantity, method, storeId));
        return this;
    }

    public SourcingRequest Build() => new("ORDER-1", _channel, _preference, new SourcingDestination(_destination, _region), [.. _lines], _now);
}

/// <summary>A network with stock, built up fluently, then asked for decisions.</summary>
internal sealed class ScenarioBuilder
{
    private readonly List<FulfillmentNode> _nodes = [];
    private readonly Dictionary<string, Product> _products = new(StringComparer.Ordinal);
    private readonly List<StockLevel> _stock = [];
    private readonly List<NodeCapacity> _capacity = [];
    private readonly List<CarrierRateCard> _rates = [TestRates.Parcel()];

    public ScenarioBuilder WithNode(FulfillmentNode node)
    {
        _nodes.Add(node);
        return this;
    }

    public ScenarioBuilder WithProduct(Product product)
    {
        _products[product.Sku] = product;
        return this;
    }

    public ScenarioBuilder WithStock(string nodeId, string sku, int available, int inbound = 0)
    {
        if (!_products.ContainsKey(sku))
        {
            _products[sku] = TestProducts.Item(sku);
        }

        _stock.Add(new StockLevel(sku, nodeId, available, inbound));
        return this;
    }

    public ScenarioBuilder WithRemainingCapacity(string nodeId, int units)
    {
        _capacity.Add(new NodeCapacity(nodeId, units));
        return this;
    }

    public SourcingNetwork BuildNetwork() => SourcingNetwork.Create(_nodes, _products.Values, _rates);

    public SourcingDecision Decide(SourcingRuleSet rules, SourcingRequest request)
    {
        SourcingNetwork network = BuildNetwork();
        SourcingState state = SourcingState.Create(network, _stock, _capacity);
        return new SourcingEngine(network, rules).Decide(request, state);
    }
}

internal static class DecisionQueries
{
    public static IEnumerable<string> NodesUsed(this SourcingDecision decision) =>
        decision.Allocations.Where(a => !a.IsBackorder).Select(a => a.NodeId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);

    public static CandidateExplanation Candidate(this SourcingDecision decision, string nodeId, string destination = "customer") =>
        decision.Explanation.Destinations.Single(d => d.Destination == destination).Candidates.Single(c => c.NodeId == nodeId);

    public static PlanComparison Comparison(this SourcingDecision decision, string destination = "customer") =>
        decision.Explanation.Destinations.Single(d => d.Destination == destination).Comparison!;
}
