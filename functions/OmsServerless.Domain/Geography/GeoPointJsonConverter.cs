using System.Text.Json;
using System.Text.Json.Serialization;

namespace OmsServerless.Domain.Geography;

/// <summary>
/// Reads and writes <see cref="GeoPoint"/> as <c>{"latitude":..,"longitude":..}</c>. Without it System.Text.Json
/// builds the struct with its implicit parameterless constructor and every coordinate silently becomes (0, 0).
/// </summary>
public sealed class GeoPointJsonConverter : JsonConverter<GeoPoint>
{
    public override GeoPoint Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A location must be an object with latitude and longitude.");
        }

        double? latitude = null;
        double? longitude = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string? name = reader.GetString();
            reader.Read();
            if (string.Equals(name, "latitude", StringComparison.OrdinalIgnoreCase))
            {
                latitude = reader.GetDouble();
            }
            else if (string.Equals(name, "longitude", StringComparison.OrdinalIgnoreCase))
            {
                longitude = reader.GetDouble();
            }
            else
            {
                reader.Skip();
            }
        }

        if (latitude is null || longitude is null)
        {
            throw new JsonException("A location needs both latitude and longitude.");
        }

        try
        {
            return new GeoPoint(latitude.Value, longitude.Value);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new JsonException(ex.Message, ex);
        }
    }

    public override void Write(Utf8JsonWriter writer, GeoPoint value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        writer.WriteNumber("latitude", value.Latitude);
        writer.WriteNumber("longitude", value.Longitude);
        writer.WriteEndObject();
    }
}
