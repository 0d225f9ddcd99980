namespace OmsServerless.Storage;

/// <summary>The blob containers OmsServerless owns.</summary>
public static class OmsBlobContainers
{
    /// <summary>Full sourcing decisions, one blob per order and round.</summary>
    public const string RoutingDecisions = "routing-decisions";

    /// <summary>The rule sets in force, every published version, and the rate cards.</summary>
    public const string Configuration = "configuration";

    public const string RateCardsBlob = "shipping/rate-cards.json";
}
