namespace OmsServerless.Domain.Inventory;

/// <summary>A movement that would leave a balance impossible (negative stock, more reserved than exists).</summary>
public sealed class InventoryRuleViolation(string message) : Exception(message);
