namespace OmsServerless.Domain.Addresses;

/// <summary>Whitespace and punctuation clean-up shared by every country's rules.</summary>
internal static class AddressText
{
    /// <summary>Trims and collapses runs of whitespace (including tabs and line breaks) to one space; null becomes empty.</summary>
    public static string Collapse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return string.Empty;
        }

        return string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    /// <summary>
    /// Upper-cases and drops periods and commas, as USPS Publication 28 and Canada Post print addresses
    /// ("St. Paul Ave., Apt. 4" becomes "ST PAUL AVE APT 4").
    /// </summary>
    public static string ToPostalUpperCase(string? value)
    {
        string withoutPunctuation = Collapse(value).Replace('.', ' ').Replace(',', ' ');
        return Collapse(withoutPunctuation).ToUpperInvariant();
    }

    public static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
