using System.Collections.Frozen;
using System.Globalization;
using System.IO.Compression;
using OmsServerless.Domain.Geography;

namespace OmsServerless.Storage.Geography;

/// <summary>
/// US ZIP and Canadian forward-sortation-area centroids, generated from the public `zipcodes` npm package by
/// generate-postal-codes.mjs and embedded in this assembly, so geocoding needs no network call.
/// </summary>
public sealed class EmbeddedPostalCodeDirectory : IPostalCodeDirectory
{
    private const string ResourceName = "OmsServerless.PostalCodes";

    private static readonly Lazy<EmbeddedPostalCodeDirectory> LazyInstance = new(Load);

    private readonly FrozenDictionary<string, PostalCodeLocation> _byKey;

    private EmbeddedPostalCodeDirectory(FrozenDictionary<string, PostalCodeLocation> byKey)
    {
        _byKey = byKey;
        Countries = byKey.Values.Select(l => l.Country).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The directory, loaded once per process (about 44,000 codes, a few MB).</summary>
    public static EmbeddedPostalCodeDirectory Instance => LazyInstance.Value;

    public IReadOnlyCollection<string> Countries { get; }

    public int Count => _byKey.Count;

    public bool TryLocate(string country, string postalCode, out PostalCodeLocation location)
    {
        location = null!;
        if (string.IsNullOrWhiteSpace(country) || string.IsNullOrWhiteSpace(postalCode))
        {
            return false;
        }

        string normalisedCountry = country.Trim().ToUpperInvariant();
        string? key = normalisedCountry switch
        {
            "US" => UsZip(postalCode),
            "CA" => CanadianFsa(postalCode),
            _ => null,
        };
        return key is not null && _byKey.TryGetValue($"{normalisedCountry}:{key}", out location!);
    }

    /// <summary>Accepts "12345", "12345-6789" and "123456789"; anything else is not a ZIP.</summary>
    private static string? UsZip(string postalCode)
    {
        string compact = postalCode.Trim().Replace("-", string.Empty, StringComparison.Ordinal);
        return (compact.Length is 5 or 9) && compact.All(char.IsAsciiDigit) ? compact[..5] : null;
    }

    /// <summary>Canadian codes geocode at forward sortation area level (the first three characters).</summary>
    private static string? CanadianFsa(string postalCode)
    {
        string compact = postalCode.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant();
        bool fsaShape = compact.Length >= 3 && char.IsAsciiLetter(compact[0]) && char.IsAsciiDigit(compact[1]) && char.IsAsciiLetter(compact[2]);
        bool fullShape = compact.Length == 6 && char.IsAsciiDigit(compact[3]) && char.IsAsciiLetter(compact[4]) && char.IsAsciiDigit(compact[5]);
        return fsaShape && (compact.Length == 3 || fullShape) ? compact[..3] : null;
    }

    private static EmbeddedPostalCodeDirectory Load()
    {
        using Stream resource = typeof(EmbeddedPostalCodeDirectory).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The postal code data ({ResourceName}) is not embedded in this build.");
        using var gzip = new GZipStream(resource, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);

        var byKey = new Dictionary<string, PostalCodeLocation>(StringComparer.Ordinal);
        _ = reader.ReadLine();
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            string[] fields = line.Split(',');
            var location = new PostalCodeLocation(
                fields[0],
                fields[1],
                fields[4],
                fields[5],
                new GeoPoint(
                    double.Parse(fields[2], CultureInfo.InvariantCulture),
                    double.Parse(fields[3], CultureInfo.InvariantCulture)));
            byKey[$"{location.Country}:{location.PostalCode}"] = location;
        }

        return new EmbeddedPostalCodeDirectory(byKey.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
