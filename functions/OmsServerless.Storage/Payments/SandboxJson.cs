using System.Text.Json;
using System.Text.Json.Serialization;

namespace OmsServerless.Storage.Payments;

/// <summary>How sandbox records are written: camelCase and enums as names, readable in Azure Storage Explorer.</summary>
internal static class SandboxJson
{
    private static readonly JsonSerializerOptions Options = Create();

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException($"Stored sandbox record is null: {json}");

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
