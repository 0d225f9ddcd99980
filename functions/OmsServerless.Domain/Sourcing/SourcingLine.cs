using OmsServerless.Domain.Fulfillment;

namespace OmsServerless.Domain.Sourcing;

/// <summary>One order line to source.</summary>
/// <param name="StoreId">The chosen store for BOPIS, ROPIS and ship-to-store; null for ship-to-address.</param>
public sealed record SourcingLine(string LineId, string Sku, int Quantity, DeliveryMethod Method, string? StoreId = null);
