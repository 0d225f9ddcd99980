using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using OmsServerless.Api.Http;

namespace OmsServerless.Api.Security;

/// <summary>
/// Maps the X-Api-Key header to a <see cref="Caller"/>. Keys are looked up by their SHA-256 so the comparison does not
/// leak key prefixes through timing, and only a short fingerprint of the key is ever recorded as the actor.
/// </summary>
public sealed class ApiKeyAuthenticator
{
    public const string HeaderName = "X-Api-Key";

    private readonly FrozenDictionary<string, Caller> _callersByKeyHash;

    public ApiKeyAuthenticator(IOptions<ApiOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _callersByKeyHash = options.Value.Keys
            .Where(k => !string.IsNullOrWhiteSpace(k.Key))
            .ToFrozenDictionary(k => Hash(k.Key), k => Parse(k.Key, k.Value), StringComparer.Ordinal);
    }

    public Caller? Authenticate(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? key = request.Headers[HeaderName];
        return string.IsNullOrEmpty(key) ? null : _callersByKeyHash.GetValueOrDefault(Hash(key));
    }

    private static Caller Parse(string key, string value)
    {
        string[] parts = value.Split(':', 2, StringSplitOptions.TrimEntries);
        if (!Enum.TryParse(parts[0], ignoreCase: true, out ApiRole role) || !Enum.IsDefined(role))
        {
            throw new InvalidOperationException(
                $"API key configuration '{value}' names no role; use one of {string.Join(", ", Enum.GetNames<ApiRole>().Select(n => char.ToLowerInvariant(n[0]) + n[1..]))}.");
        }

        string? storeId = parts.Length == 2 && parts[1].Length > 0 ? parts[1] : null;
        if ((role == ApiRole.StoreAssociate) != (storeId is not null))
        {
            throw new InvalidOperationException("A storeAssociate key must name its store as 'storeAssociate:STORE-ID'; other roles must not.");
        }

        return new Caller(role, storeId, "key-" + Hash(key)[..8]);
    }

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
