using OmsServerless.Domain.Sourcing.Decisions;

namespace OmsServerless.Domain.Sourcing.Engine;

/// <summary>
/// Everything one decision has settled so far: shipments, allocations, units still missing per line (with why), and
/// the stock, inbound and capacity it has already used, so later destinations of the same order see what is left.
/// </summary>
internal sealed class DecisionDraft(SourcingRequest request)
{
    private readonly List<(int Product, int Node, int Quantity, bool Inbound)> _consumed = [];

    public SourcingRequest Request { get; } = request;

    public List<ShipmentDraft> Shipments { get; } = [];

    public List<AllocationDraft> Allocations { get; } = [];

    public int[] Missing { get; } = new int[request.Lines.Count];

    public UnfillableReason[] MissingReason { get; } = new UnfillableReason[request.Lines.Count];

    public string[] MissingDetail { get; } = new string[request.Lines.Count];

    public LineRoute[] Route { get; } = new LineRoute[request.Lines.Count];

    /// <summary>Node index of the line's store for store routes, -1 otherwise.</summary>
    public int[] RouteStore { get; } = [.. Enumerable.Repeat(-1, request.Lines.Count)];

    public List<string> Notes { get; } = [];

    public List<DestinationExplanation> Destinations { get; } = [];

    public SearchMode Mode { get; private set; } = SearchMode.None;

    public void RecordMode(SearchMode mode)
    {
        if (Weakness(mode) > Weakness(Mode))
        {
            Mode = mode;
        }
    }

    public ShipmentDraft AddShipment(Func<string, ShipmentDraft> create)
    {
        ShipmentDraft shipment = create($"S{Shipments.Count + 1}");
        Shipments.Add(shipment);
        return shipment;
    }

    public void Allocate(int line, ShipmentDraft shipment, int quantity, int product, long unitGrams, decimal unitPrice)
    {
        Allocations.Add(new AllocationDraft(line, shipment.Node, quantity, shipment.Method, shipment));
        shipment.Units += quantity;
        shipment.Grams += quantity * unitGrams;
        shipment.Value += quantity * unitPrice;
        _consumed.Add((product, shipment.Node, quantity, shipment.IsBackorder));
    }

    public void MarkMissing(int line, int quantity, UnfillableReason reason, string detail)
    {
        Missing[line] = quantity;
        MissingReason[line] = reason;
        MissingDetail[line] = detail;
    }

    /// <summary>False until something is allocated; lets the hot paths skip the consumption scans entirely.</summary>
    public bool HasConsumed => _consumed.Count > 0;

    public int ConsumedStock(int product, int node) => Sum(product, node, inbound: false);

    public int ConsumedInbound(int product, int node) => Sum(product, node, inbound: true);

    public int ConsumedCapacity(int node)
    {
        int sum = 0;
        foreach ((_, int n, int quantity, bool inbound) in _consumed)
        {
            if (n == node && !inbound)
            {
                sum += quantity;
            }
        }

        return sum;
    }

    private int Sum(int product, int node, bool inbound)
    {
        int sum = 0;
        foreach ((int p, int n, int quantity, bool fromInbound) in _consumed)
        {
            if (p == product && n == node && fromInbound == inbound)
            {
                sum += quantity;
            }
        }

        return sum;
    }

    private static int Weakness(SearchMode mode) => mode switch
    {
        SearchMode.None => 0,
        SearchMode.Exact => 1,
        SearchMode.ExactBudgetExceeded => 2,
        SearchMode.Heuristic => 3,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "Unknown search mode."),
    };
}
