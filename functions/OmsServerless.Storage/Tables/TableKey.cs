using System.Globalization;
using System.Text;

namespace OmsServerless.Storage.Tables;

/// <summary>
/// Makes any string usable inside a PartitionKey or RowKey. Table Storage refuses '/', '\', '#', '?' and control
/// characters in keys; those, and '%' itself, become "%XX" and every other character stays as it is, so keys remain
/// readable and the escaped form of a prefix is a prefix of every escaped key that starts with it. Ordinal order
/// survives only among strings without escaped characters, so a caller that needs exact order sorts by the
/// unescaped value.
/// </summary>
internal static class TableKey
{
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (!value.Any(MustEscape))
        {
            return value;
        }

        var escaped = new StringBuilder(value.Length + 8);
        foreach (char c in value)
        {
            if (MustEscape(c))
            {
                escaped.Append('%').Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                escaped.Append(c);
            }
        }

        return escaped.ToString();
    }

    public static string Unescape(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!key.Contains('%', StringComparison.Ordinal))
        {
            return key;
        }

        var value = new StringBuilder(key.Length);
        for (int i = 0; i < key.Length; i++)
        {
            if (key[i] == '%')
            {
                value.Append((char)int.Parse(key.AsSpan(i + 1, 2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                i += 2;
            }
            else
            {
                value.Append(key[i]);
            }
        }

        return value.ToString();
    }

    /// <summary>
    /// The smallest key above every key that starts with <paramref name="prefix"/> (already escaped), for range scans
    /// (<c>RowKey ge prefix and RowKey lt end</c>); null when no key is above them all (an empty prefix).
    /// </summary>
    public static string? PrefixEnd(string prefix)
    {
        ArgumentNullException.ThrowIfNull(prefix);
        string stem = prefix.TrimEnd(char.MaxValue);
        return stem.Length == 0 ? null : string.Concat(stem.AsSpan(0, stem.Length - 1), [(char)(stem[^1] + 1)]);
    }

    // '%' is escaped too, so that decoding is unambiguous.
    private static bool MustEscape(char c) =>
        c is '/' or '\\' or '#' or '?' or '%' || char.IsControl(c);
}
