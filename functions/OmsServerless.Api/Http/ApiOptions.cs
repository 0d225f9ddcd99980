namespace OmsServerless.Api.Http;

/// <summary>API behaviour bound from the "Api" configuration section.</summary>
public sealed class ApiOptions
{
    public const string SectionName = "Api";

    /// <summary>API key to role, e.g. "demo-storefront-key": "storefront" or "store-12-key": "storeAssociate:STORE-12".</summary>
    public Dictionary<string, string> Keys { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Largest request body accepted; larger bodies get 413 before any of it is parsed.</summary>
    public int MaxRequestBodyBytes { get; set; } = 128 * 1024;

    /// <summary>Largest page a list endpoint returns.</summary>
    public int MaxPageSize { get; set; } = 200;
}
