using System.Buffers.Text;
using System.Text;
using OmsServerless.Api.Problems;

namespace OmsServerless.Api.Http;

/// <summary>
/// Wraps a storage continuation token in URL-safe base64 so clients can pass it back in a query string untouched,
/// and treat it as opaque.
/// </summary>
public static class ContinuationToken
{
    public static string? Encode(string? storageToken) =>
        storageToken is null ? null : Base64Url.EncodeToString(Encoding.UTF8.GetBytes(storageToken));

    public static string? Decode(string? clientToken)
    {
        if (string.IsNullOrEmpty(clientToken))
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(Base64Url.DecodeFromChars(clientToken));
        }
        catch (FormatException)
        {
            throw ApiProblemException.Field(ProblemType.ValidationFailed, "continuationToken", "is not a token this API issued.");
        }
    }
}
