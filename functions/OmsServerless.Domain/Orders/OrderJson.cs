using System.Text.Json;
using System.Text.Json.Serialization;

namespace OmsServerless.Domain.Orders;

/// <summary>The serializer settings order documents are written with: camelCase names and enums as strings (DESIGN section 7).</summary>
public static class OrderJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
