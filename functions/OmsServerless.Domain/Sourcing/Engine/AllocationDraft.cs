using OmsServerless.Domain.Sourcing.Decisions;

namespace OmsServerless.Domain.Sourcing.Engine;

/// <summary>Units of a request line assigned to a shipment while the decision is being assembled.</summary>
internal readonly record struct AllocationDraft(int Line, int Node, int Quantity, FulfillmentMethod Method, ShipmentDraft Shipment);
