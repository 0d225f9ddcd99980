using OmsServerless.Domain.Sourcing.Decisions;
using OmsServerless.Domain.Sourcing.Rules;

namespace OmsServerless.Domain.Tests.Sourcing;

public sealed class SearchModeTests
{
    private static ScenarioBuilder Stores()
    {
        var scenario = new ScenarioBuilder();
        for (int i = 0; i < Places.All.Length; i++)
        {
            scenario.WithNode(TestNodes.Store($"S{i:00}", Places.All[i]));
            for (int sku = 0; sku < 8; sku++)
            {
                if ((i + sku) % 3 != 0)
                {
                    scenario.WithStock($"S{i:00}", $"SKU-{sku}", 2 + ((i * sku) % 4));
                }
            }
        }

        return scenario;
    }

    [Fact]
    public void Small_orders_are_searched_exactly()
    {
        var order = new OrderBuilder().Ship("SKU-1", 1).Ship("SKU-2", 2).Build();

        var decision = Stores().Decide(TestRules.Plain(), order);

        Assert.Equal(SearchMode.Exact, decision.SearchMode);
    }

    [Fact]
    public void Orders_above_the_exact_threshold_use_the_heuristic_and_say_so()
    {
        var builder = new OrderBuilder();
        for (int sku = 0; sku < 8; sku++)
        {
            builder.Ship($"SKU-{sku}", 1);
        }

        var rules = TestRules.Plain() with { Search = new SearchSettings(ExactMaxLines: 4, ExactMaxUnits: 12, ExactBudget: 20_000) };

        var decision = Stores().Decide(rules, builder.Build());

        Assert.Equal(SearchMode.Heuristic, decision.SearchMode);
        Assert.Equal(SearchMode.Heuristic, Assert.Single(decision.Explanation.Destinations).SearchMode);
        Assert.Equal(SourcingOutcome.Allocated, decision.Outcome);
    }

    [Fact]
    public void An_exhausted_budget_is_reported_and_still_yields_a_plan()
    {
        var order = new OrderBuilder().Ship("SKU-0", 3).Ship("SKU-1", 3).Ship("SKU-2", 3).Build();
        var rules = (TestRules.CostOnly() with { Search = new SearchSettings(6, 12, ExactBudget: 20) }).WithSplit(SplitPolicy.SplitByUnit);

        var decision = Stores().Decide(rules, order);

        Assert.Equal(SearchMode.ExactBudgetExceeded, decision.SearchMode);
        Assert.Equal(9, decision.Totals.UnitsAllocated);
    }
}
