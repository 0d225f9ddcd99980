using System.Collections.Frozen;

namespace OmsServerless.Domain.Addresses;

/// <summary>Canada Post province and territory codes, and which postal districts (first letter) each one uses.</summary>
internal static class CanadianProvinces
{
    private static readonly FrozenDictionary<string, string> CodesByName = new Dictionary<string, string>
    {
        ["ALBERTA"] = "AB", ["BRITISH COLUMBIA"] = "BC", ["MANITOBA"] = "MB", ["NEW BRUNSWICK"] = "NB",
        ["NEWFOUNDLAND AND LABRADOR"] = "NL", ["NEWFOUNDLAND"] = "NL", ["NOVA SCOTIA"] = "NS",
        ["NORTHWEST TERRITORIES"] = "NT", ["NUNAVUT"] = "NU", ["ONTARIO"] = "ON", ["PRINCE EDWARD ISLAND"] = "PE",
        ["QUEBEC"] = "QC", ["QUÉBEC"] = "QC", ["SASKATCHEWAN"] = "SK", ["YUKON"] = "YT",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> PostalDistrictsByCode = new Dictionary<string, string>
    {
        ["NL"] = "A", ["NS"] = "B", ["PE"] = "C", ["NB"] = "E", ["QC"] = "GHJ", ["ON"] = "KLMNP", ["MB"] = "R",
        ["SK"] = "S", ["AB"] = "T", ["BC"] = "V", ["NT"] = "X", ["NU"] = "X", ["YT"] = "Y",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Accepts a code or a full name in any case ("on", "Ontario", "Québec"); returns the two-letter code.</summary>
    public static bool TryNormalize(string value, out string code)
    {
        string upper = AddressText.ToPostalUpperCase(value);
        if (PostalDistrictsByCode.ContainsKey(upper))
        {
            code = upper;
            return true;
        }

        return CodesByName.TryGetValue(upper, out code!);
    }

    /// <summary>True when a postal code's first letter is one of the province's postal districts.</summary>
    public static bool UsesPostalDistrict(string provinceCode, char district) =>
        PostalDistrictsByCode.TryGetValue(provinceCode, out string? districts) && districts.Contains(district, StringComparison.Ordinal);
}
