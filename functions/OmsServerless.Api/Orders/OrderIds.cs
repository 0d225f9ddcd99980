using System.Security.Cryptography;

namespace OmsServerless.Api.Orders;

/// <summary>
/// Order ids customers can read over the phone: the UTC date and ten random Crockford base-32 characters
/// ("O-20261126-7K3QZ9M2XD"), about 50 bits of randomness per day.
/// </summary>
public static class OrderIds
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New(DateTimeOffset now)
    {
        Span<char> random = stackalloc char[10];
        for (int i = 0; i < random.Length; i++)
        {
            random[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return $"O-{now.UtcDateTime:yyyyMMdd}-{random}";
    }
}
