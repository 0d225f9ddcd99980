namespace OmsServerless.Domain.Geography;

/// <summary>Geocodes postal codes. Implementations hold real public data, never guesses.</summary>
public interface IPostalCodeDirectory
{
    /// <summary>Countries this directory covers (ISO 3166-1 alpha-2).</summary>
    IReadOnlyCollection<string> Countries { get; }

    /// <summary>Finds a postal code after normalising it (case, spacing, ZIP+4 suffix).</summary>
    bool TryLocate(string country, string postalCode, out PostalCodeLocation location);
}
