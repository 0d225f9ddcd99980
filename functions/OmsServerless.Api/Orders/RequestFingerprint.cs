using System.Security.Cryptography;
using System.Text.Json;
using OmsServerless.Api.Http;

namespace OmsServerless.Api.Orders;

/// <summary>
/// A hash of a request as parsed, so a replay sent with different whitespace or property order still matches and a
/// request changed in any value does not.
/// </summary>
public static class RequestFingerprint
{
    public static string Of<T>(T request) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(request, ApiJson.Options)));
}
