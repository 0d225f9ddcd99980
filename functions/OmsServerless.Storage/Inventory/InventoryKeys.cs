using System.Globalization;

namespace OmsServerless.Storage.Inventory;

/// <summary>
/// Row keys inside a SKU's partition. Balance, ledger and movement-id rows share the partition so one entity group
/// transaction can change a balance, append its ledger entry and claim the movement id together.
/// </summary>
internal static class InventoryKeys
{
    public const string BalancePrefix = "b|";

    /// <summary>The character after '|', closing a prefix range scan.</summary>
    public const string BalanceRangeEnd = "b}";

    public static string Balance(string nodeId) => BalancePrefix + nodeId;

    public static string NodeOfBalance(string rowKey) => rowKey[BalancePrefix.Length..];

    /// <summary>Ledger rows sort newest first: the key holds the sequence subtracted from the largest long.</summary>
    public static string Ledger(string nodeId, long sequence) =>
        $"l|{nodeId}|{(long.MaxValue - sequence).ToString("D19", CultureInfo.InvariantCulture)}";

    public static string LedgerRangeStart(string nodeId) => $"l|{nodeId}|";

    public static string LedgerRangeEnd(string nodeId) => $"l|{nodeId}}}";

    public static string Movement(string nodeId, string movementId) => $"m|{nodeId}|{movementId}";
}
