using System.Text.Json;

namespace OmsServerless.Domain.Fraud;

/// <summary>
/// Reads one JSON object of a rule set document, recording an error with its exact path for every missing, mistyped,
/// out-of-range or unknown property instead of stopping at the first.
/// </summary>
internal sealed class FraudJsonObject(JsonElement element, string path, List<FraudRuleSetError> errors)
{
    private readonly HashSet<string> readNames = new(StringComparer.Ordinal);

    public string Path { get; } = path;

    public string PathOf(string name) => $"{Path}.{name}";

    public void Error(string propertyPath, string message) => errors.Add(new FraudRuleSetError(propertyPath, message));

    /// <summary>True when the property is present and not null, whether or not its value is valid.</summary>
    public bool Has(string name) => element.TryGetProperty(name, out JsonElement value) && value.ValueKind != JsonValueKind.Null;

    public string? String(string name, bool required, int maxLength)
    {
        if (!TryGet(name, required, out JsonElement value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            Error(PathOf(name), $"must be a string, not {Describe(value)}.");
            return null;
        }

        string text = value.GetString()!.Trim();
        if (text.Length == 0 || text.Length > maxLength)
        {
            Error(PathOf(name), $"must be 1 to {maxLength} characters long.");
            return null;
        }

        return text;
    }

    public int? Integer(string name, bool required, int minimum, int maximum)
    {
        if (!TryGet(name, required, out JsonElement value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out decimal number) || decimal.Truncate(number) != number)
        {
            Error(PathOf(name), $"must be a whole number, not {Describe(value)}.");
            return null;
        }

        if (number < minimum || number > maximum)
        {
            Error(PathOf(name), $"must be between {minimum} and {maximum}, not {number}.");
            return null;
        }

        return (int)number;
    }

    /// <summary>Reads a positive amount (money, kilometres).</summary>
    public decimal? PositiveDecimal(string name, bool required)
    {
        if (!TryGet(name, required, out JsonElement value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetDecimal(out decimal number))
        {
            Error(PathOf(name), $"must be a number, not {Describe(value)}.");
            return null;
        }

        if (number <= 0m)
        {
            Error(PathOf(name), $"must be greater than 0, not {number}.");
            return null;
        }

        return number;
    }

    public bool Boolean(string name, bool defaultValue)
    {
        if (!TryGet(name, required: false, out JsonElement value))
        {
            return defaultValue;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        Error(PathOf(name), $"must be true or false, not {Describe(value)}.");
        return defaultValue;
    }

    /// <summary>Reads one of a fixed set of names, case-sensitively, as written in the documentation.</summary>
    public T? Choice<T>(string name, IReadOnlyDictionary<string, T> choices)
        where T : struct
    {
        string? text = String(name, required: true, maxLength: 100);
        if (text is null)
        {
            return null;
        }

        if (choices.TryGetValue(text, out T choice))
        {
            return choice;
        }

        Error(PathOf(name), $"must be one of {string.Join(", ", choices.Keys.Select(key => $"'{key}'"))}, not '{text}'.");
        return null;
    }

    /// <summary>Reads a non-empty array of non-empty strings; each bad element is reported at its own index.</summary>
    public IReadOnlyList<string>? StringList(string name, bool required)
    {
        if (!TryGet(name, required, out JsonElement value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            Error(PathOf(name), $"must be a non-empty array of strings, not {Describe(value)}.");
            return null;
        }

        var items = new List<string>();
        int index = 0;
        foreach (JsonElement item in value.EnumerateArray())
        {
            string? text = item.ValueKind == JsonValueKind.String ? item.GetString()?.Trim() : null;
            if (string.IsNullOrEmpty(text))
            {
                Error($"{PathOf(name)}[{index}]", $"must be a non-empty string, not {Describe(item)}.");
            }
            else
            {
                items.Add(text);
            }

            index++;
        }

        return items.Count == index ? items : null;
    }

    public FraudJsonObject? Object(string name)
    {
        if (!TryGet(name, required: true, out JsonElement value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            Error(PathOf(name), $"must be an object, not {Describe(value)}.");
            return null;
        }

        return new FraudJsonObject(value, PathOf(name), errors);
    }

    public IReadOnlyList<FraudJsonObject>? ObjectArray(string name)
    {
        if (!TryGet(name, required: true, out JsonElement value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            Error(PathOf(name), $"must be a non-empty array of objects, not {Describe(value)}.");
            return null;
        }

        var objects = new List<FraudJsonObject>();
        int index = 0;
        foreach (JsonElement item in value.EnumerateArray())
        {
            string itemPath = $"{PathOf(name)}[{index}]";
            if (item.ValueKind == JsonValueKind.Object)
            {
                objects.Add(new FraudJsonObject(item, itemPath, errors));
            }
            else
            {
                Error(itemPath, $"must be an object, not {Describe(item)}.");
            }

            index++;
        }

        return objects;
    }

    /// <summary>Reports every property no reader asked for: usually a typo ("maxOrder") that would otherwise be ignored.</summary>
    public void RejectUnknownProperties()
    {
        foreach (JsonProperty property in element.EnumerateObject())
        {
            if (!readNames.Contains(property.Name))
            {
                Error(PathOf(property.Name), "is not a known property here.");
            }
        }
    }

    private bool TryGet(string name, bool required, out JsonElement value)
    {
        readNames.Add(name);
        if (element.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        if (required)
        {
            Error(PathOf(name), "is required.");
        }

        return false;
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{value.GetString()}\"",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };
}
