using OmsServerless.Domain.Geography;

namespace OmsServerless.Domain.Tests.Addresses;

/// <summary>A postal code directory over a handful of real codes, for tests that must not load the full data set.</summary>
public sealed class InMemoryPostalCodeDirectory(IEnumerable<PostalCodeLocation> locations) : IPostalCodeDirectory
{
    private readonly Dictionary<(string Country, string PostalCode), PostalCodeLocation> byCode =
        locations.ToDictionary(location => (location.Country, Compact(location.PostalCode)));

    public IReadOnlyCollection<string> Countries => [.. byCode.Keys.Select(key => key.Country).Distinct()];

    public bool TryLocate(string country, string postalCode, out PostalCodeLocation location)
    {
        string compact = Compact(postalCode);
        if (country == "US" && compact.Length > 5)
        {
            compact = compact[..5];
        }

        return byCode.TryGetValue((country, compact), out location!);
    }

    private static string Compact(string postalCode) =>
        postalCode.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
}
