using System.Security.Cryptography;
using System.Text;

namespace OmsServerless.Storage.Payments;

/// <summary>
/// Derives gateway ids from idempotency keys. The same key always yields the same authorization, capture or refund
/// id, so even a call that outlived its lease and ran twice writes one object, never two.
/// </summary>
internal static class SandboxIds
{
    public static string From(string prefix, string idempotencyKey) =>
        prefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey)))[..24];
}
