namespace OmsServerless.Api.Inventory.Contracts;

/// <summary>A cart to check, with an optional destination for distances and an optional channel.</summary>
public sealed record CartAvailabilityRequest(IReadOnlyList<CartLineRequest>? Lines, DestinationRequest? Destination, string? Channel);

public sealed record CartLineRequest(string? Sku, int? Quantity);

/// <summary>Where the cart would ship; country defaults to US.</summary>
public sealed record DestinationRequest(string? PostalCode, string? Country);
