using System.Text.Json;

namespace OmsServerless.Domain.Sourcing.Rules;

/// <summary>
/// Reads typed values out of a JSON document while recording a fault (with its path) for each value of the wrong
/// shape, instead of stopping at the first one. A faulty value reads as the fallback the caller supplies, so reading
/// continues and later faults are still found.
/// </summary>
internal sealed class JsonFaultReader(List<RuleSetFault> faults)
{
    /// <summary>Checks that <paramref name="element"/> is an object and that it holds only <paramref name="known"/> properties.</summary>
    public bool Object(JsonElement element, string path, params string[] known)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            faults.Add(new(path, "must be an object"));
            return false;
        }

        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (System.Array.IndexOf(known, property.Name) >= 0)
            {
                continue;
            }

            string? near = System.Array.Find(known, k => string.Equals(k, property.Name, StringComparison.OrdinalIgnoreCase));
            faults.Add(new(
                $"{path}.{property.Name}",
                near is null ? $"is not a known property (expected {string.Join(", ", known)})" : $"is not a known property; did you mean '{near}'?"));
        }

        return true;
    }

    /// <summary>The property's value, or null when it is absent or JSON null (a fault if it is required).</summary>
    public JsonElement? Property(JsonElement obj, string path, string name, bool required)
    {
        if (obj.TryGetProperty(name, out JsonElement value) && value.ValueKind != JsonValueKind.Null)
        {
            return value;
        }

        if (required)
        {
            faults.Add(new($"{path}.{name}", "is required"));
        }

        return null;
    }

    public int Int(JsonElement obj, string path, string name, int fallback, bool required = false) =>
        OptionalInt(obj, path, name, required) ?? fallback;

    public int? OptionalInt(JsonElement obj, string path, string name, bool required = false)
    {
        if (Property(obj, path, name, required) is not { } value)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out int result))
        {
            return result;
        }

        faults.Add(new($"{path}.{name}", "must be an integer"));
        return null;
    }

    public double Number(JsonElement obj, string path, string name, double fallback) =>
        OptionalNumber(obj, path, name) ?? fallback;

    public double? OptionalNumber(JsonElement obj, string path, string name)
    {
        if (Property(obj, path, name, required: false) is not { } value)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDouble(out double result))
        {
            return result;
        }

        faults.Add(new($"{path}.{name}", "must be a number"));
        return null;
    }

    public decimal Decimal(JsonElement obj, string path, string name, decimal fallback)
    {
        if (Property(obj, path, name, required: false) is not { } value)
        {
            return fallback;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out decimal result))
        {
            return result;
        }

        faults.Add(new($"{path}.{name}", "must be a number"));
        return fallback;
    }

    public string? String(JsonElement obj, string path, string name, bool required)
    {
        if (Property(obj, path, name, required) is not { } value)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString();
        }

        faults.Add(new($"{path}.{name}", "must be a string"));
        return null;
    }

    public TEnum Enum<TEnum>(JsonElement obj, string path, string name, TEnum fallback, bool required)
        where TEnum : struct, Enum =>
        Property(obj, path, name, required) is { } value ? EnumValue<TEnum>(value, $"{path}.{name}") ?? fallback : fallback;

    public TEnum? OptionalEnum<TEnum>(JsonElement obj, string path, string name)
        where TEnum : struct, Enum =>
        Property(obj, path, name, required: false) is { } value ? EnumValue<TEnum>(value, $"{path}.{name}") : null;

    /// <summary>An enum written as its name in any letter case; numbers are refused so files stay readable.</summary>
    public TEnum? EnumValue<TEnum>(JsonElement value, string path)
        where TEnum : struct, Enum
    {
        if (value.ValueKind == JsonValueKind.String &&
            System.Enum.TryParse(value.GetString(), ignoreCase: true, out TEnum result) &&
            System.Enum.IsDefined(result) &&
            !char.IsAsciiDigit(value.GetString()![0]))
        {
            return result;
        }

        faults.Add(new(path, $"must be one of {string.Join(", ", System.Enum.GetValues<TEnum>().Select(RuleSetValidator.JsonName))}"));
        return null;
    }

    /// <summary>The items of an array property (empty when absent); items that fail to read are left out.</summary>
    public List<T> Array<T>(JsonElement obj, string path, string name, Func<JsonElement, string, T?> readItem, bool required = false)
    {
        var items = new List<T>();
        if (Property(obj, path, name, required) is not { } value)
        {
            return items;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            faults.Add(new($"{path}.{name}", "must be an array"));
            return items;
        }

        int index = 0;
        foreach (JsonElement item in value.EnumerateArray())
        {
            if (readItem(item, $"{path}.{name}[{index}]") is { } read)
            {
                items.Add(read);
            }

            index++;
        }

        return items;
    }

    public List<TEnum> EnumArray<TEnum>(JsonElement obj, string path, string name, bool required = false)
        where TEnum : struct, Enum =>
        Array(obj, path, name, (item, itemPath) => EnumValue<TEnum>(item, itemPath), required).Select(v => v!.Value).ToList();

    public List<string> StringArray(JsonElement obj, string path, string name) =>
        Array(obj, path, name, (item, itemPath) =>
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                return item.GetString();
            }

            faults.Add(new(itemPath, "must be a string"));
            return null;
        });
}
