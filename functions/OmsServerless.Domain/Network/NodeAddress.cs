namespace OmsServerless.Domain.Network;

/// <summary>The street address of a node, as shown to customers and carriers.</summary>
public sealed record NodeAddress(string Line1, string City, string Region, string PostalCode, string Country);
