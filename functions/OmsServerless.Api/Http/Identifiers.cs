using System.Text.RegularExpressions;

namespace OmsServerless.Api.Http;

/// <summary>
/// The shape of ids clients send (SKUs, node ids, movement ids). They become Table Storage keys, which forbid
/// '/', '\\', '#', '?' and control characters, so the API admits a conservative set.
/// </summary>
public static partial class Identifiers
{
    public const string Rule = "must be 1-64 characters: letters, digits, '.', '_', ':' or '-', starting with a letter or digit";

    public static bool IsValid(string? id) => id is not null && IdPattern().IsMatch(id);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
