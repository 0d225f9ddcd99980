namespace OmsServerless.Storage.Orders;

/// <summary>Where an order's row in a status list is (partition and row key of the order index table).</summary>
internal sealed record IndexedStatusRow(string Partition, string RowKey);
