using OmsServerless.Domain.Sourcing.Rules;
using OmsServerless.Domain.Sourcing.Search;

namespace OmsServerless.Domain.Sourcing.Engine;

/// <summary>What every step of one decision reads: the inputs, the prepared rules, and the draft being built.</summary>
internal sealed record DecisionContext(
    SourcingNetwork Network,
    SourcingState State,
    SourcingRuleSet RuleSet,
    EligibilityTable Table,
    PlanObjective Objective,
    LocalDays Days,
    int[] LineProduct,
    DecisionDraft Draft)
{
    public SourcingRequest Request => Draft.Request;
}
