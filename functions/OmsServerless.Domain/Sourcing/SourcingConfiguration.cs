using OmsServerless.Domain.Shipping;
using OmsServerless.Domain.Sourcing.Rules;

namespace OmsServerless.Domain.Sourcing;

/// <summary>The data that routes orders: the sourcing rule set in force and the carriers' rate cards.</summary>
public sealed record SourcingConfiguration(SourcingRuleSet RuleSet, IReadOnlyList<CarrierRateCard> RateCards);
