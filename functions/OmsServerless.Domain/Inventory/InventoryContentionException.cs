namespace OmsServerless.Domain.Inventory;

/// <summary>A balance changed under us more often than the retry budget allows; the caller may try again later.</summary>
public sealed class InventoryContentionException(string sku, string nodeId)
    : Exception($"The balance of {sku} at {nodeId} is changing too fast to update; try again.");
