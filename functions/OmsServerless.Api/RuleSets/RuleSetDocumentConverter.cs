using System.Text.Json;
using System.Text.Json.Serialization;

namespace OmsServerless.Api.RuleSets;

/// <summary>Reads any JSON object as raw text.</summary>
public sealed class RuleSetDocumentConverter : JsonConverter<RuleSetDocument>
{
    public override RuleSetDocument Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using JsonDocument document = JsonDocument.ParseValue(ref reader);
        return document.RootElement.ValueKind == JsonValueKind.Object
            ? new RuleSetDocument(document.RootElement.GetRawText())
            : throw new JsonException("A rule set must be a JSON object.");
    }

    public override void Write(Utf8JsonWriter writer, RuleSetDocument value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        using JsonDocument document = JsonDocument.Parse(value.Json);
        document.RootElement.WriteTo(writer);
    }
}
