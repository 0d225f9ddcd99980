using System.Text.Json;
using System.Text.Json.Serialization;

namespace OmsServerless.Domain.Sourcing;

/// <summary>
/// The JSON conventions for sourcing documents (rule sets, decisions, scenarios): camelCase names and enums as
/// camelCase strings, so stored documents stay readable.
/// </summary>
public static class SourcingJson
{
    public static JsonSerializerOptions Options { get; } = Create(indented: false);

    public static JsonSerializerOptions IndentedOptions { get; } = Create(indented: true);

    private static JsonSerializerOptions Create(bool indented)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            WriteIndented = indented,
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
