using OmsServerless.Domain.Fulfillment;
namespace OmsServerless.Domain.Sourcing;

/// <summary>Everything about one order that sourcing needs.</summary>
/// <param name="Now">The decision time. The engine never reads the clock, so replaying a request replays the decision.</param>
public sealed record SourcingRequest(
    string OrderId,
    SalesChannel Channel,
    CustomerPreference Preference,
    SourcingDestination Destination,
    IReadOnlyList<SourcingLine> Lines,
    DateTimeOffset Now);
