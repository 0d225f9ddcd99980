namespace OmsServerless.Domain.Sourcing.Decisions;

/// <summary>How the plan was found. A decision reports the weakest mode any of its destinations used.</summary>
public enum SearchMode
{
    /// <summary>No search was needed (pickups only, or nothing to allocate).</summary>
    None,

    /// <summary>Exhaustive over node combinations with provable pruning: no better plan exists under the rule set.</summary>
    Exact,

    /// <summary>Greedy construction plus local improvement, for orders above the rule set's exact-search size.</summary>
    Heuristic,

    /// <summary>The exact search ran out of budget; the better of its best plan so far and the heuristic's was used.</summary>
    ExactBudgetExceeded,
}
