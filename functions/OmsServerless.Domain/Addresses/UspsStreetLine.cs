namespace OmsServerless.Domain.Addresses;

/// <summary>
/// Puts US street lines into USPS Publication 28 form: upper case, no periods or commas, standard abbreviations
/// for the street suffix, pre- and post-directionals and secondary unit designators.
/// </summary>
/// <remarks>
/// Words are abbreviated only in the position that gives them their meaning, because the same words also appear in
/// street names: "123 North St" keeps NORTH (it is the name), "1211 Avenue of the Americas" keeps AVENUE (not the
/// last word), "12 Front St" keeps FRONT (not after the street).
/// </remarks>
internal static class UspsStreetLine
{
    public static string NormalizePrimary(string line)
    {
        List<string> words = SplitWords(line);
        if (TryNormalizePostOfficeBox(words, out string? postOfficeBox))
        {
            return postOfficeBox;
        }

        int unitStart = FindSecondaryUnitStart(words);
        List<string> street = words[..unitStart];
        List<string> unit = words[unitStart..];
        NormalizeStreet(street);
        NormalizeSecondaryUnit(unit);
        return string.Join(' ', street.Concat(unit));
    }

    public static string NormalizeSecondary(string line)
    {
        List<string> words = SplitWords(line);
        NormalizeSecondaryUnit(words);
        return string.Join(' ', words);
    }

    private static List<string> SplitWords(string line) =>
        [.. AddressText.ToPostalUpperCase(line).Split(' ', StringSplitOptions.RemoveEmptyEntries)];

    private static bool TryNormalizePostOfficeBox(List<string> words, out string normalized)
    {
        int boxWordIndex = words.IndexOf("BOX");
        string prefix = boxWordIndex > 0 ? string.Concat(words[..boxWordIndex]) : string.Empty;
        if (prefix is "PO" or "POSTOFFICE")
        {
            normalized = string.Join(' ', new[] { "PO", "BOX" }.Concat(words[(boxWordIndex + 1)..]));
            return true;
        }

        normalized = string.Empty;
        return false;
    }

    private static int FindSecondaryUnitStart(List<string> words)
    {
        // Index 0 is the house number and index 1 the first street word, so a unit can start at 2 at the earliest.
        for (int index = 2; index < words.Count; index++)
        {
            if (!UspsSecondaryUnits.TryGetStandard(words[index], out string designator))
            {
                continue;
            }

            bool followsStreetSuffix = UspsStreetSuffixes.TryGetStandard(words[index - 1], out _) ||
                                       UspsDirectionals.TryGetStandard(words[index - 1], out _);
            bool hasUnitNumber = index + 1 < words.Count &&
                                 !UspsSecondaryUnits.StandsWithoutNumber(designator) &&
                                 LooksLikeUnitNumber(words[index + 1]);
            if (designator.StartsWith('#') || followsStreetSuffix || hasUnitNumber)
            {
                return index;
            }
        }

        return words.Count;
    }

    /// <summary>"4", "12B", "B", "#7": unit numbers hold a digit or are a single letter, unlike street words ("Lot Rd").</summary>
    private static bool LooksLikeUnitNumber(string word) =>
        word.Length == 1 || word.StartsWith('#') || word.Any(char.IsAsciiDigit);

    private static void NormalizeStreet(List<string> street)
    {
        int nameStart = street.Count > 0 && char.IsAsciiDigit(street[0][0]) ? 1 : 0;
        int nameEnd = street.Count - 1;
        if (nameEnd - nameStart >= 1 && UspsDirectionals.TryGetStandard(street[nameEnd], out string postDirectional))
        {
            street[nameEnd] = postDirectional;
            nameEnd--;
        }

        if (nameEnd > nameStart && UspsStreetSuffixes.TryGetStandard(street[nameEnd], out string suffix))
        {
            street[nameEnd] = suffix;
            nameEnd--;
        }

        if (nameStart < nameEnd && UspsDirectionals.TryGetStandard(street[nameStart], out string preDirectional))
        {
            street[nameStart] = preDirectional;
        }
    }

    /// <summary>Abbreviates the leading designator and any later one followed by a unit number ("BLDG C FL 2").</summary>
    private static void NormalizeSecondaryUnit(List<string> unit)
    {
        for (int index = 0; index < unit.Count; index++)
        {
            bool designatesUnit = index == 0 || (index + 1 < unit.Count && LooksLikeUnitNumber(unit[index + 1]));
            if (designatesUnit && UspsSecondaryUnits.TryGetStandard(unit[index], out string designator))
            {
                unit[index] = designator;
            }
        }
    }
}
