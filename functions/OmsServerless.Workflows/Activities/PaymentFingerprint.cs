using System.Security.Cryptography;
using System.Text;
using OmsServerless.Domain.Addresses;

namespace OmsServerless.Workflows.Activities;

/// <summary>
/// Stable keys for velocity counting. A gateway's card fingerprint would be better than a hash of the token, but the
/// payment port does not expose one; tokens of the demo gateway are per card, so the hash serves the same purpose.
/// </summary>
public static class PaymentFingerprint
{
    public static string? OfToken(string? paymentToken) => paymentToken is null ? null : Hash(paymentToken);

    public static string? OfAddress(PostalAddress? address) => address is null
        ? null
        : Hash(string.Join('|', address.Country, address.PostalCode, address.Line1, address.Line2).ToUpperInvariant());

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..24];
}
