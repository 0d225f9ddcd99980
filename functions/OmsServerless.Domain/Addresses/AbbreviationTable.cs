using System.Collections.Frozen;

namespace OmsServerless.Domain.Addresses;

/// <summary>Builds a lookup from every accepted spelling of a word to its standard abbreviation.</summary>
internal static class AbbreviationTable
{
    public static FrozenDictionary<string, string> Build(params (string Standard, string[] Spellings)[] entries)
    {
        var standardBySpelling = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach ((string standard, string[] spellings) in entries)
        {
            standardBySpelling[standard] = standard;
            foreach (string spelling in spellings)
            {
                standardBySpelling[spelling] = standard;
            }
        }

        return standardBySpelling.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
