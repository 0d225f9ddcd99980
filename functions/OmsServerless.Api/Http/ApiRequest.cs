using System.Buffers;
using System.Globalization;
using System.Text.Json;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using OmsServerless.Api.Problems;

namespace OmsServerless.Api.Http;

/// <summary>
/// Reads and validates request input the same way for every endpoint: size limit before parsing, JSON errors with
/// their path, and every validation fault at once with camelCase JSON paths.
/// </summary>
public sealed class ApiRequest(IOptions<ApiOptions> options)
{
    private readonly int _maxBodyBytes = (options ?? throw new ArgumentNullException(nameof(options))).Value.MaxRequestBodyBytes;

    public async Task<T> ReadJsonAsync<T>(HttpRequest request, IValidator<T> validator, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(validator);
        if (request.ContentType is not { } contentType || !IsJson(contentType))
        {
            throw new ApiProblemException(ProblemType.UnsupportedMediaType, $"Send the body as application/json, not '{request.ContentType}'.");
        }

        if (request.ContentLength > _maxBodyBytes)
        {
            throw TooLarge();
        }

        byte[] body = await ReadLimitedAsync(request.Body, cancellationToken);
        if (body.Length == 0)
        {
            throw new ApiProblemException(ProblemType.MalformedJson, "The request body is empty.");
        }

        T? value;
        try
        {
            value = JsonSerializer.Deserialize<T>(body, ApiJson.Options);
        }
        catch (JsonException e)
        {
            // The serializer's own message names .NET types; clients need the field and what is wrong with it.
            bool wrongType = e.Message.Contains("could not be converted", StringComparison.Ordinal);
            string message = wrongType
                ? "has the wrong type or format for this field."
                : $"is not well-formed JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}).";
            throw ApiProblemException.Field(ProblemType.MalformedJson, JsonPathToField(wrongType ? e.Path : null), message);
        }

        if (value is null)
        {
            throw new ApiProblemException(ProblemType.MalformedJson, "The request body must be a JSON object.");
        }

        Validate(value, validator);
        return value;
    }

    public static void Validate<T>(T value, IValidator<T> validator)
    {
        ArgumentNullException.ThrowIfNull(validator);
        ValidationResult result = validator.Validate(value);
        if (!result.IsValid)
        {
            throw Invalid(result);
        }
    }

    public static ApiProblemException Invalid(ValidationResult result, ProblemType? type = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        Dictionary<string, string[]> errors = result.Errors
            .GroupBy(e => CamelCasePath(e.PropertyName), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        return new ApiProblemException(
            type ?? ProblemType.ValidationFailed,
            string.Join(" ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}")),
            errors);
    }

    /// <summary>Reads an optional integer query parameter, refusing anything that is not one.</summary>
    public static int? QueryInt(HttpRequest request, string name)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? raw = request.Query[name];
        if (string.IsNullOrEmpty(raw))
        {
            return null;
        }

        return int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)
            ? value
            : throw ApiProblemException.Field(ProblemType.ValidationFailed, name, $"'{raw}' is not a whole number.");
    }

    /// <summary>"Lines[0].Quantity" (FluentValidation) to "lines[0].quantity" (the JSON the client sent).</summary>
    private static string CamelCasePath(string propertyPath) => string.Join('.', propertyPath
        .Split('.')
        .Select(segment => segment.Length == 0 ? segment : char.ToLowerInvariant(segment[0]) + segment[1..]));

    /// <summary>"$.lines[0].quantity" (System.Text.Json) to "lines[0].quantity"; the root is "body".</summary>
    private static string JsonPathToField(string? jsonPath) =>
        string.IsNullOrEmpty(jsonPath) || jsonPath == "$" ? "body" : jsonPath.TrimStart('$').TrimStart('.');

    private static bool IsJson(string contentType)
    {
        string mediaType = contentType.Split(';', 2)[0].Trim();
        return mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase) ||
               mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
    }

    private ApiProblemException TooLarge() =>
        new(ProblemType.PayloadTooLarge, $"Request bodies are limited to {_maxBodyBytes} bytes.");

    /// <summary>Reads at most the limit, so a body without Content-Length cannot exhaust memory either.</summary>
    private async Task<byte[]> ReadLimitedAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(Math.Min(_maxBodyBytes + 1, 16 * 1024));
        while (true)
        {
            Memory<byte> chunk = buffer.GetMemory(4096);
            int read = await body.ReadAsync(chunk, cancellationToken);
            if (read == 0)
            {
                return buffer.WrittenSpan.ToArray();
            }

            buffer.Advance(read);
            if (buffer.WrittenCount > _maxBodyBytes)
            {
                throw TooLarge();
            }
        }
    }
}
