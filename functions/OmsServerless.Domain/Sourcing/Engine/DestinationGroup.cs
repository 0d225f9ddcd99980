using OmsServerless.Domain.Fulfillment;

namespace OmsServerless.Domain.Sourcing.Engine;

/// <summary>Request lines that travel to the same place: the customer's address, or one store.</summary>
/// <param name="Store">Node index of the destination store, or -1 for the customer's address.</param>
/// <param name="OriginMethod">The delivery method whose eligibility rules apply to origins.</param>
internal sealed record DestinationGroup(string Label, int Store, DeliveryMethod OriginMethod, double X, double Y, double Z, List<int> Lines);
