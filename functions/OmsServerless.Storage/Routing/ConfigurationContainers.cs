namespace OmsServerless.Storage.Routing;

/// <summary>Blob containers of routing data.</summary>
public static class ConfigurationContainers
{
    /// <summary>Full sourcing decisions, one blob per order and round.</summary>
    public const string RoutingDecisions = "routing-decisions";

    /// <summary>The sourcing rule set and rate cards in force.</summary>
    public const string Configuration = "configuration";

    public const string SourcingRuleSetBlob = "sourcing/rule-set.json";

    public const string RateCardsBlob = "shipping/rate-cards.json";
}
