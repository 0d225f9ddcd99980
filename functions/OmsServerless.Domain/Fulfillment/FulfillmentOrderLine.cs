namespace OmsServerless.Domain.Fulfillment;

/// <summary>Units of one order line a node must pick.</summary>
public sealed record FulfillmentOrderLine(string LineId, string Sku, int Quantity);
