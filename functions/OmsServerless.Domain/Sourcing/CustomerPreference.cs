namespace OmsServerless.Domain.Sourcing;

/// <summary>
/// What the customer asked for at checkout. A preference outranks the rule set's ranking: it is compared right after
/// "allocate as many units as possible".
/// </summary>
public enum CustomerPreference
{
    /// <summary>No preference: the rule set's ranking decides.</summary>
    Standard,

    /// <summary>Earliest delivery of the last parcel; carriers are shopped for the fastest service.</summary>
    Fastest,

    /// <summary>Lowest total estimated cost (shipping, handling and labour).</summary>
    Cheapest,

    /// <summary>Fewest parcels.</summary>
    FewestPackages,
}
