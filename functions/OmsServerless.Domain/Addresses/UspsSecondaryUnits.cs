using System.Collections.Frozen;

namespace OmsServerless.Domain.Addresses;

/// <summary>Secondary unit designators (apartment, suite, floor...) and their USPS abbreviations (Publication 28, Appendix C2).</summary>
internal static class UspsSecondaryUnits
{
    private static readonly FrozenDictionary<string, string> StandardBySpelling = AbbreviationTable.Build(
        ("APT", ["APARTMENT"]),
        ("BLDG", ["BUILDING"]),
        ("DEPT", ["DEPARTMENT"]),
        ("FL", ["FLOOR"]),
        ("HNGR", ["HANGAR"]),
        ("KEY", []),
        ("LOT", []),
        ("PIER", []),
        ("RM", ["ROOM"]),
        ("SLIP", []),
        ("SPC", ["SPACE"]),
        ("STOP", []),
        ("STE", ["SUITE"]),
        ("TRLR", ["TRAILER"]),
        ("UNIT", []),
        ("BSMT", ["BASEMENT"]),
        ("FRNT", ["FRONT"]),
        ("LBBY", ["LOBBY"]),
        ("LOWR", ["LOWER"]),
        ("OFC", ["OFFICE"]),
        ("PH", ["PENTHOUSE"]),
        ("REAR", []),
        ("SIDE", []),
        ("UPPR", ["UPPER"]));

    /// <summary>Designators that, per Publication 28, stand alone without a unit number; they double as street words ("Front St").</summary>
    private static readonly FrozenSet<string> WithoutNumber =
        new[] { "BSMT", "FRNT", "LBBY", "LOWR", "OFC", "PH", "REAR", "SIDE", "UPPR" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Recognises a designator word; "#4" and "#" count as designators and stay as written.</summary>
    public static bool TryGetStandard(string upperCaseWord, out string standard)
    {
        if (upperCaseWord.StartsWith('#'))
        {
            standard = upperCaseWord;
            return true;
        }

        return StandardBySpelling.TryGetValue(upperCaseWord, out standard!);
    }

    public static bool StandsWithoutNumber(string standard) => WithoutNumber.Contains(standard);
}
