using BenchmarkDotNet.Attributes;
using OmsServerless.Domain.Sourcing;
using OmsServerless.Domain.Sourcing.Decisions;
using OmsServerless.Domain.Sourcing.Rules;

namespace OmsServerless.Benchmarks;

/// <summary>
/// Decisions per second for 3-line orders with the default rule set (explanations included), one thread. Each
/// invocation sources the same 1,000 generated orders against an unchanging state, so results are comparable
/// across runs. The job (pinned to one core) is configured in <see cref="BenchmarkProgram"/>.
/// </summary>
[MemoryDiagnoser]
public class ThroughputBenchmarks
{
    private const int OrdersPerInvoke = 1000;

    private SourcingEngine _engine = null!;
    private SourcingState _state = null!;
    private SourcingRequest[] _orders = [];

    [Params(50, 500, 2000)]
    public int Nodes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        BenchmarkInstance instance = BenchmarkInstance.Generate(Nodes, OrdersPerInvoke, seed: 7);
        _engine = new SourcingEngine(instance.Network, DefaultRuleSet.Instance);
        _state = instance.State;
        _orders = [.. instance.Orders];
    }

    [Benchmark(OperationsPerInvoke = OrdersPerInvoke)]
    public int DecideThreeLineOrders()
    {
        int allocated = 0;
        foreach (SourcingRequest order in _orders)
        {
            SourcingDecision decision = _engine.Decide(order, _state);
            allocated += decision.Totals.UnitsAllocated;
        }

        return allocated;
    }
}
