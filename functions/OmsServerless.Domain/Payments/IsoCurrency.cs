using System.Collections.Frozen;

namespace OmsServerless.Domain.Payments;

/// <summary>
/// Active ISO 4217 currency codes and their minor units, so amounts are never more precise than the currency
/// (no 10.001 USD, no 10.5 JPY) and a gateway never rounds for us.
/// </summary>
public static class IsoCurrency
{
    private static readonly FrozenDictionary<string, int> MinorUnitsByCode = Build();

    public static bool IsKnown(string? code) => code is not null && MinorUnitsByCode.ContainsKey(code);

    /// <summary>Digits after the decimal point the currency uses (2 for USD, 0 for JPY, 3 for KWD).</summary>
    public static int MinorUnits(string code) =>
        MinorUnitsByCode.TryGetValue(code, out int minorUnits)
            ? minorUnits
            : throw new ArgumentException($"'{code}' is not an ISO 4217 currency code.", nameof(code));

    /// <summary>True when the amount needs no more decimals than the currency has.</summary>
    public static bool FitsMinorUnits(decimal amount, string code) =>
        decimal.Round(amount, MinorUnits(code)) == amount;

    private static FrozenDictionary<string, int> Build()
    {
        var minorUnits = new Dictionary<string, int>(StringComparer.Ordinal);
        const string TwoDecimalCodes = """
            AED AFN ALL AMD AOA ARS AUD AWG AZN BAM BBD BDT BGN BMD BND BOB BOV BRL BSD BTN BWP BYN BZD CAD CDF CHE CHF
            CHW CNY COP COU CRC CUP CVE CZK DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GTQ GYD HKD HNL HTG
            HUF IDR ILS INR IRR JMD KES KGS KHR KPW KYD KZT LAK LBP LKR LRD LSL MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR
            MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD PAB PEN PGK PHP PKR PLN QAR RON RSD RUB SAR SBD SCR SDG SEK SGD
            SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TOP TRY TTD TWD TZS UAH USD USN UYU UZS VED VES WST XCD XCG
            YER ZAR ZMW ZWG
            """;
        Add(minorUnits, TwoDecimalCodes, 2);
        Add(minorUnits, "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX UYI VND VUV XAF XOF XPF", 0);
        Add(minorUnits, "BHD IQD JOD KWD LYD OMR TND", 3);
        Add(minorUnits, "CLF UYW", 4);
        return minorUnits.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static void Add(Dictionary<string, int> minorUnits, string codes, int digits)
    {
        foreach (string code in codes.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            minorUnits.Add(code, digits);
        }
    }
}
