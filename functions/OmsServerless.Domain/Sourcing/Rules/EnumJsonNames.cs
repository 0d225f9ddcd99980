using System.Collections.Frozen;
using System.Text.Json;

namespace OmsServerless.Domain.Sourcing.Rules;

/// <summary>
/// The JSON name of every defined value of an enum, converted once: explanations name node types, methods and
/// channels for many nodes on every decision, and converting the name each time allocates twice.
/// </summary>
internal static class EnumJsonNames<TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> Names =
        Enum.GetValues<TEnum>().Distinct().ToFrozenDictionary(value => value, Convert);

    public static string Of(TEnum value) => Names.TryGetValue(value, out string? name) ? name : Convert(value);

    private static string Convert(TEnum value) => JsonNamingPolicy.CamelCase.ConvertName(value.ToString());
}
