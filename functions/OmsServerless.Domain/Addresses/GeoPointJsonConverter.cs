using System.Text.Json;
using System.Text.Json.Serialization;
using OmsServerless.Domain.Geography;

namespace OmsServerless.Domain.Addresses;

/// <summary>
/// Reads and writes <see cref="GeoPoint"/> as <c>{"latitude":..,"longitude":..}</c>.
/// </summary>
/// <remarks>
/// Without it System.Text.Json builds a <see cref="GeoPoint"/> through the struct's implicit parameterless constructor
/// and silently yields (0, 0): every stored location would land in the Gulf of Guinea. Apply it to each
/// <see cref="GeoPoint"/> property of a serialized type.
/// </remarks>
public sealed class GeoPointJsonConverter : JsonConverter<GeoPoint>
{
    public override GeoPoint Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A geo point must be an object with latitude and longitude.");
        }

        double? latitude = null;
        double? longitude = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = reader.GetString() ?? string.Empty;
            reader.Read();
            if (name.Equals("latitude", StringComparison.OrdinalIgnoreCase))
            {
                latitude = reader.GetDouble();
            }
            else if (name.Equals("longitude", StringComparison.OrdinalIgnoreCase))
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
            throw new JsonException("A geo point needs both latitude and longitude.");
        }

        try
        {
            return new GeoPoint(latitude.Value, longitude.Value);
        }
        catch (ArgumentOutOfRangeException exception)
        {
            throw new JsonException(exception.Message, exception);
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
