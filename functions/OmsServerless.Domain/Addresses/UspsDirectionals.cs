using System.Collections.Frozen;

namespace OmsServerless.Domain.Addresses;

/// <summary>Compass directionals and their USPS abbreviations (Publication 28, section 233).</summary>
internal static class UspsDirectionals
{
    private static readonly FrozenDictionary<string, string> StandardBySpelling = new Dictionary<string, string>
    {
        ["NORTH"] = "N", ["SOUTH"] = "S", ["EAST"] = "E", ["WEST"] = "W",
        ["NORTHEAST"] = "NE", ["NORTHWEST"] = "NW", ["SOUTHEAST"] = "SE", ["SOUTHWEST"] = "SW",
        ["N"] = "N", ["S"] = "S", ["E"] = "E", ["W"] = "W", ["NE"] = "NE", ["NW"] = "NW", ["SE"] = "SE", ["SW"] = "SW",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static bool TryGetStandard(string upperCaseWord, out string standard) =>
        StandardBySpelling.TryGetValue(upperCaseWord, out standard!);
}
