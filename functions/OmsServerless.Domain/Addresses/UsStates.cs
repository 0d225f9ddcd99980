using System.Collections.Frozen;

namespace OmsServerless.Domain.Addresses;

/// <summary>
/// USPS state and territory codes (Publication 28, Appendix B), including DC, the territories and the military
/// "states" used with APO/FPO/DPO addresses.
/// </summary>
internal static class UsStates
{
    private static readonly FrozenDictionary<string, string> NamesByCode = new Dictionary<string, string>
    {
        ["AL"] = "ALABAMA", ["AK"] = "ALASKA", ["AZ"] = "ARIZONA", ["AR"] = "ARKANSAS", ["CA"] = "CALIFORNIA",
        ["CO"] = "COLORADO", ["CT"] = "CONNECTICUT", ["DE"] = "DELAWARE", ["DC"] = "DISTRICT OF COLUMBIA",
        ["FL"] = "FLORIDA", ["GA"] = "GEORGIA", ["HI"] = "HAWAII", ["ID"] = "IDAHO", ["IL"] = "ILLINOIS",
        ["IN"] = "INDIANA", ["IA"] = "IOWA", ["KS"] = "KANSAS", ["KY"] = "KENTUCKY", ["LA"] = "LOUISIANA",
        ["ME"] = "MAINE", ["MD"] = "MARYLAND", ["MA"] = "MASSACHUSETTS", ["MI"] = "MICHIGAN", ["MN"] = "MINNESOTA",
        ["MS"] = "MISSISSIPPI", ["MO"] = "MISSOURI", ["MT"] = "MONTANA", ["NE"] = "NEBRASKA", ["NV"] = "NEVADA",
        ["NH"] = "NEW HAMPSHIRE", ["NJ"] = "NEW JERSEY", ["NM"] = "NEW MEXICO", ["NY"] = "NEW YORK",
        ["NC"] = "NORTH CAROLINA", ["ND"] = "NORTH DAKOTA", ["OH"] = "OHIO", ["OK"] = "OKLAHOMA", ["OR"] = "OREGON",
        ["PA"] = "PENNSYLVANIA", ["RI"] = "RHODE ISLAND", ["SC"] = "SOUTH CAROLINA", ["SD"] = "SOUTH DAKOTA",
        ["TN"] = "TENNESSEE", ["TX"] = "TEXAS", ["UT"] = "UTAH", ["VT"] = "VERMONT", ["VA"] = "VIRGINIA",
        ["WA"] = "WASHINGTON", ["WV"] = "WEST VIRGINIA", ["WI"] = "WISCONSIN", ["WY"] = "WYOMING",
        ["AS"] = "AMERICAN SAMOA", ["GU"] = "GUAM", ["MP"] = "NORTHERN MARIANA ISLANDS", ["PR"] = "PUERTO RICO",
        ["VI"] = "VIRGIN ISLANDS", ["FM"] = "FEDERATED STATES OF MICRONESIA", ["MH"] = "MARSHALL ISLANDS",
        ["PW"] = "PALAU", ["AA"] = "ARMED FORCES AMERICAS", ["AE"] = "ARMED FORCES EUROPE",
        ["AP"] = "ARMED FORCES PACIFIC",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> CodesByName =
        NamesByCode.ToFrozenDictionary(pair => pair.Value, pair => pair.Key, StringComparer.Ordinal);

    /// <summary>Accepts a code or a full name in any case ("ca", "California"); returns the USPS code.</summary>
    public static bool TryNormalize(string value, out string code)
    {
        string upper = AddressText.ToPostalUpperCase(value);
        if (NamesByCode.ContainsKey(upper))
        {
            code = upper;
            return true;
        }

        return CodesByName.TryGetValue(upper, out code!);
    }
}
